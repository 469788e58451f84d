package org.awpt.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import java.util.ArrayList;
import java.util.List;
import org.awpt.adapters.roblox.RetrofitRobloxGateway;
import org.awpt.bootstrap.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running AWPT: the injector built from a module list, and the resources to close when it stops.
 * Singletons are created at once ({@link Stage#PRODUCTION}), so a broken database or a missing
 * binding shows at start-up, not at the first buyer.
 */
public final class Assembly implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Assembly.class);
    /** Closed last first: whoever uses the database stops before the database closes. */
    private static final List<Class<? extends AutoCloseable>> CLOSE_ORDER =
            List.of(RetrofitRobloxGateway.class, Store.class);

    private final Injector injector;
    private final List<AutoCloseable> extraClosers = new ArrayList<>();
    private boolean closed;

    private Assembly(Injector injector) {
        this.injector = injector;
    }

    /** Builds the injector from these modules, creating every singleton now. */
    public static Assembly start(List<? extends Module> modules) {
        return new Assembly(Guice.createInjector(Stage.PRODUCTION, modules));
    }

    /** The instance bound to a type. */
    public <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    /** The injector, for tests and the health endpoint. */
    public Injector injector() {
        return injector;
    }

    /** Closes this resource first when the assembly closes (the Discord connection, the health endpoint). */
    public synchronized void closeFirst(AutoCloseable closer) {
        extraClosers.add(0, closer);
    }

    /** Closes what was opened, most dependent first; a failure to close one is logged and the rest still close. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<AutoCloseable> closers = new ArrayList<>(extraClosers);
        for (Class<? extends AutoCloseable> type : CLOSE_ORDER) {
            if (injector.getExistingBinding(Key.get(type)) != null) {
                closers.add(injector.getInstance(type));
            }
        }
        for (AutoCloseable closer : closers) {
            try {
                closer.close();
            } catch (Exception e) {
                LOG.error("Closing {} failed", closer.getClass().getSimpleName(), e);
            }
        }
    }
}
