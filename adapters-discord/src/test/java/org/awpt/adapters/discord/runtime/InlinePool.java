package org.awpt.adapters.discord.runtime;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A handler pool that runs tasks on the calling thread and, like the bot's bounded pool, rejects them
 * once full or shut down; it can also start shutting down as the next task arrives.
 */
public final class InlinePool extends AbstractExecutorService {
    private volatile boolean shutDown;
    private volatile boolean full;
    private volatile boolean stopOnNextTask;

    /** From now on every task is rejected as if the queue were full. */
    public void fill() {
        full = true;
    }

    /** The next task arrives as the pool shuts down, and so is rejected. */
    public void stopOnNextTask() {
        stopOnNextTask = true;
    }

    @Override
    public void execute(Runnable command) {
        if (stopOnNextTask) {
            shutDown = true;
        }
        if (shutDown || full) {
            throw new RejectedExecutionException(shutDown ? "shut down" : "full");
        }
        command.run();
    }

    @Override
    public void shutdown() {
        shutDown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutDown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutDown;
    }

    @Override
    public boolean isTerminated() {
        return shutDown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutDown;
    }
}
