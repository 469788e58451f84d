package org.awpt.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.spi.InstanceBinding;
import com.google.inject.spi.ProvisionListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.awpt.adapters.roblox.RetrofitRobloxGateway;
import org.awpt.bootstrap.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running AWPT: the injector built from a module list, and the resources to close when it stops.
 * The bot creates its singletons at once ({@link #start}, {@link Stage#PRODUCTION}), so a broken
 * binding shows at start-up, not at the first buyer; a command line run creates only what its command
 * asks for ({@link #startOnDemand}): {@code keys stats} never builds the Roblox client.
 */
public final class Assembly implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Assembly.class);
    /** Closed last first: whoever uses the database stops before the database closes. */
    private static final List<Class<? extends AutoCloseable>> CLOSE_ORDER =
            List.of(RetrofitRobloxGateway.class, Store.class);

    private final Injector injector;
    private final Set<Class<?>> created;
    private final List<AutoCloseable> extraClosers = new ArrayList<>();
    private boolean closed;

    private Assembly(Injector injector, Set<Class<?>> created) {
        this.injector = injector;
        this.created = created;
    }

    /** Builds the injector from these modules, creating every singleton now. */
    public static Assembly start(List<? extends Module> modules) {
        return build(Stage.PRODUCTION, modules);
    }

    /**
     * Builds the injector from these modules, creating each singleton when it is first needed (every
     * binding is still checked now). For command line runs, which use a few of the shop's services.
     */
    public static Assembly startOnDemand(List<? extends Module> modules) {
        return build(Stage.DEVELOPMENT, modules);
    }

    private static Assembly build(Stage stage, List<? extends Module> modules) {
        Set<Class<?>> created = ConcurrentHashMap.newKeySet();
        List<Module> all = new ArrayList<>(modules);
        all.add(new AbstractModule() {
            @Override
            protected void configure() {
                // Noted once made, so closing never creates a resource just to close it.
                bindListener(binding -> CLOSE_ORDER.contains(binding.getKey().getTypeLiteral().getRawType())
                        && binding.getKey().getAnnotationType() == null, new NoteCreated(created));
            }
        });
        return new Assembly(Guice.createInjector(stage, all), created);
    }

    /** Records the type of each resource to close once the injector has made it. */
    private record NoteCreated(Set<Class<?>> created) implements ProvisionListener {
        @Override
        public <T> void onProvision(ProvisionInvocation<T> provision) {
            provision.provision();
            created.add(provision.getBinding().getKey().getTypeLiteral().getRawType());
        }
    }

    /** The instance bound to a type. */
    public <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    /**
     * Gives {@code instance} what it declares with {@code @Inject}: the second stage of a command line
     * run, whose command picocli made and filled before the database was open and the injector built.
     */
    public void injectMembers(Object instance) {
        injector.injectMembers(instance);
    }

    /** The injector, for tests and the health endpoint. */
    public Injector injector() {
        return injector;
    }

    /** Closes this resource first when the assembly closes (the Discord connection, the health endpoint). */
    public synchronized void closeFirst(AutoCloseable closer) {
        extraClosers.add(0, closer);
    }

    /** Instances handed to a module ({@code toInstance}) exist whether or not anything asked for them. */
    private boolean isInstanceBinding(Class<?> type) {
        return injector.getBinding(type) instanceof InstanceBinding;
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
            if (created.contains(type) || injector.getExistingBinding(Key.get(type)) != null
                    && isInstanceBinding(type)) {
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
