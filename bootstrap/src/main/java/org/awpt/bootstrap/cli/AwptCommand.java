package org.awpt.bootstrap.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.awpt.bootstrap.LogSetup;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.config.ConfigLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code awpt}: without a subcommand it runs the bot, like {@code awpt run}. */
// Inherited, so -h/--help (and -V) work on every subcommand too.
@Command(name = "awpt", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = AwptVersion.class,
        description = "A Discord shop for license keys, with its key inventory.",
        subcommands = {RunCommand.class, KeysCommand.class, ReportCommand.class, BackupCommand.class,
                MigrateCommand.class, DoctorCommand.class},
        footer = {"", "Exit codes: 0 done, 1 failed, 2 configuration or command line to fix.",
                "Every setting is documented in docs/configuration.md."})
public final class AwptCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(AwptCommand.class);
    private final CliContext context;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "The configuration file (default: $AWPT_CONFIG, else ./config.json if present).")
    Path configFile;

    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "The data folder holding the SQLite database awpt.db (default: $AWPT_DATA_DIR, else"
                    + " dataDir in the configuration, else ./data).")
    Path dataDir;

    /** The command running in this context. */
    public AwptCommand(CliContext context) {
        this.context = context;
    }

    /** Where the command runs. */
    CliContext context() {
        return context;
    }

    /** Reads and checks the configuration, then switches the log format as configured. */
    AwptConfig config() {
        AwptConfig config = new ConfigLoader(context.env(), context.workingDir())
                .load(Optional.ofNullable(configFile), Optional.ofNullable(dataDir));
        LogSetup.apply(config.logFormat());
        // Through the logger, so a JSON log stream stays JSON.
        config.warnings().forEach(warning -> LOG.warn("Configuration: {}", warning));
        return config;
    }

    @Override
    public Integer call() throws InterruptedException {
        return new RunCommand(this).call();
    }
}
