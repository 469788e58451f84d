package org.awpt.adapters.discord.runtime;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;

/**
 * Hands a listener's work (database reads and writes) from JDA's event thread to the bounded handler
 * pool: a failure is logged as "could not ...", a pool too busy to take it as "too busy to ...".
 */
public final class OffEventThread {
    private OffEventThread() {
    }

    /**
     * Runs {@code work} on {@code executor}.
     *
     * @param what   what the work does, for the log ("record activity in channel 123")
     * @param ifBusy what follows when the pool refuses it, for the log
     */
    public static void run(Executor executor, Logger log, String what, String ifBusy, Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("could not {}", what, e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("too busy to {}; {}", what, ifBusy, e);
        }
    }
}
