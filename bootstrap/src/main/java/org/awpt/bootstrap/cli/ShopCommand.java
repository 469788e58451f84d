package org.awpt.bootstrap.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.awpt.bootstrap.Assembly;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.guice.AwptModules;
import org.awpt.bootstrap.store.Store;

/**
 * A command working on the shop's database without Discord: opens the database once, builds the
 * console assembly, runs, closes. It may run while the bot runs on the same SQLite file.
 *
 * <p>Two stages: picocli makes the command and fills its options; once the options are checked and
 * the database is open, the injector gives the command the use cases it declares with {@code @Inject}
 * (member injection: the injector cannot exist before the options name the database). A command
 * never asks the injector for anything itself.
 */
abstract class ShopCommand implements Callable<Integer> {

    /** The top-level command (configuration, context). */
    abstract AwptCommand root();

    /** Runs once its {@code @Inject} members are given; returns the exit code. */
    abstract int run(AwptConfig config);

    /** Whether the command may create the database; read-only commands refuse a missing one. */
    Store.Opening opening() {
        return Store.Opening.EXISTING;
    }

    /** Checks the command line before the database is opened (output files, options). */
    void check(AwptConfig config) {
    }

    @Override
    public final Integer call() {
        AwptConfig config = root().config();
        check(config);
        try (Store store = Store.open(config.database(), opening(), config.shop().types(), Clock.systemUTC());
                Assembly shop = Assembly.startOnDemand(AwptModules.console(config, store))) {
            shop.injectMembers(this);
            return run(config);
        }
    }
}
