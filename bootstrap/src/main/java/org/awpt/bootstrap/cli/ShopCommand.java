package org.awpt.bootstrap.cli;

import java.util.concurrent.Callable;
import org.awpt.bootstrap.Assembly;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.guice.AwptModules;

/** A command working on the shop's database without Discord: builds the console assembly, runs, closes. */
abstract class ShopCommand implements Callable<Integer> {

    /** The top-level command (configuration, context). */
    abstract AwptCommand root();

    /** Runs with the shop assembled; returns the exit code. */
    abstract int run(AwptConfig config, Assembly shop);

    @Override
    public final Integer call() {
        AwptConfig config = root().config();
        try (Assembly shop = Assembly.start(AwptModules.console(config))) {
            return run(config, shop);
        }
    }
}
