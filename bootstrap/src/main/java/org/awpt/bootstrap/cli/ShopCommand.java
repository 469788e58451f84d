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
 */
abstract class ShopCommand implements Callable<Integer> {

    /** The top-level command (configuration, context). */
    abstract AwptCommand root();

    /** Runs with the shop assembled; returns the exit code. */
    abstract int run(AwptConfig config, Assembly shop);

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
            return run(config, shop);
        }
    }
}
