package org.awpt.bootstrap.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.awpt.bootstrap.Assembly;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.guice.AwptModules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code awpt run}: the bot, until the process is stopped (SIGTERM or Ctrl+C stop it gracefully). */
@Command(name = "run", description = "Run the bot (the default command).")
final class RunCommand implements Callable<Integer> {
    static final String NO_TOKEN = "No Discord bot token. Set AWPT_DISCORD_TOKEN=<token> (or \"token\" in config.json)."
            + " README.md, \"Get a bot token\", shows where to find it.";
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @ParentCommand
    AwptCommand root;

    /** For picocli. */
    RunCommand() {
    }

    /** {@code awpt} without a subcommand. */
    RunCommand(AwptCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        AwptConfig config = root.config();
        if (config.discord().token().isEmpty()) {
            throw new MissingSettingException(NO_TOKEN);
        }
        LOG.info("Starting AWPT on {}", config.database().describe());
        Assembly shop = Assembly.start(AwptModules.production(config));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping AWPT");
            shop.close();
            stopped.countDown();
        }, "awpt-shutdown"));
        LOG.info("AWPT is running; stop it with Ctrl+C or SIGTERM");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }
}
