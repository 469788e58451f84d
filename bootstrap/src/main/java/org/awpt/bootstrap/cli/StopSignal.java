package org.awpt.bootstrap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM and SIGINT taken as a request to stop, not as a crash. With only a shutdown hook the JVM
 * ends with 143 (or 130) after a graceful stop, and a service manager records a failure; with these
 * handlers the bot stops in order on its main thread and exits 0. {@code sun.misc.Signal} is the JDK's
 * supported way to do this (module {@code jdk.unsupported}), there is no public API for it.
 */
final class StopSignal implements AutoCloseable {
    /** The signals a service manager (TERM) and a terminal (INT) send to stop a program. */
    static final List<String> STOPPING = List.of("TERM", "INT");
    private static final Logger LOG = LoggerFactory.getLogger(StopSignal.class);

    private final CountDownLatch received = new CountDownLatch(1);
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();
    private volatile String name;

    private StopSignal() {
    }

    /** Handles {@link #STOPPING} from now on, until {@link #close()} puts the previous handlers back. */
    static StopSignal install() {
        StopSignal stop = new StopSignal();
        for (String signalName : STOPPING) {
            Signal signal = new Signal(signalName);
            try {
                stop.previous.add(Signal.handle(signal, received -> stop.receive(received.getName())));
                stop.signals.add(signal);
            } catch (IllegalArgumentException notHere) {
                // A JVM started with -Xrs, or a platform without the signal: the shutdown hook still stops the bot.
                LOG.warn("Cannot handle SIG{} here ({}); stopping on it exits with the JVM's code", signalName,
                        notHere.getMessage());
            }
        }
        return stop;
    }

    private void receive(String signalName) {
        name = signalName;
        received.countDown();
    }

    /** Waits until a stopping signal arrives; returns its name (TERM or INT). */
    String await() throws InterruptedException {
        received.await();
        return name;
    }

    /** Puts back the handlers that were there before. */
    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
        signals.clear();
        previous.clear();
    }
}
