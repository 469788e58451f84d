package org.awpt.bootstrap;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.awpt.domain.ConsoleOperator;
import org.awpt.adapters.mongo.DatabaseUnavailableException;
import org.awpt.adapters.sqlite.SqliteStoreException;
import org.awpt.bootstrap.cli.AwptCommand;
import org.awpt.bootstrap.cli.CliContext;
import org.awpt.bootstrap.cli.CommandFailedException;
import org.awpt.bootstrap.cli.ExitCodes;
import org.awpt.bootstrap.cli.MissingSettingException;
import org.awpt.bootstrap.cli.UsageException;
import org.awpt.bootstrap.config.ConfigException;
import org.awpt.bootstrap.store.EarlierStoreFileException;
import org.awpt.bootstrap.store.MissingDatabaseException;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.ShopException;
import org.awpt.domain.license.UnknownLicenseTypeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The {@code awpt} program: {@code java -jar awpt.jar [run|keys|report|backup|doctor] ...}. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private final CliContext context;

    /** A program running in this context (tests give their own environment, folder and printers). */
    public Main(CliContext context) {
        this.context = context;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // The only place that reads the process environment; everything else gets this map.
        Map<String, String> env = System.getenv();
        // The only place that reads the OS user name: the console's operator, as the audit log names them.
        ConsoleOperator operator = ConsoleOperator.of(System.getProperty("user.name"));
        int code = new Main(new CliContext(env, Path.of("").toAbsolutePath(), operator, out, err)).execute(args);
        System.exit(code);
    }

    /** Runs one command line; returns its exit code (see {@link ExitCodes}). */
    public int execute(String... args) {
        CommandLine commandLine = new CommandLine(new AwptCommand(context))
                .setOut(context.out())
                .setErr(context.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cl, parsed) -> handle(e, cl));
        int code = commandLine.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    private int handle(Exception e, CommandLine command) {
        PrintWriter err = context.err();
        if (e instanceof ConfigException config) {
            err.println(config.getMessage());
            err.println("Fix these in the configuration file or the AWPT_* variables; docs/configuration.md lists every key.");
            return ExitCodes.FIX_CONFIGURATION;
        }
        if (e instanceof CommandFailedException failed) {
            LOG.debug("Command failed", e);
            err.println(failed.getMessage());
            return ExitCodes.FAILED;
        }
        if (e instanceof MissingSettingException || e instanceof UsageException) {
            err.println(e.getMessage());
            return ExitCodes.FIX_CONFIGURATION;
        }
        if (e instanceof MissingDatabaseException || e instanceof EarlierStoreFileException) {
            err.println(e.getMessage());
            return ExitCodes.FAILED;
        }
        RuntimeException database = causeOfType(e, DatabaseUnavailableException.class);
        if (database == null) {
            database = causeOfType(e, SqliteStoreException.class);
        }
        if (database != null) {
            LOG.debug("Database failure", e);
            err.println(database.getMessage());
            return ExitCodes.FAILED;
        }
        ShopException refused = causeOfType(e, ShopException.class);
        if (refused instanceof InvalidInputException || refused instanceof UnknownLicenseTypeException) {
            // On the command line, what the shop calls bad input came from an option or argument.
            err.println(refused.getMessage() + " (see " + command.getCommandSpec().qualifiedName() + " --help)");
            return ExitCodes.FIX_CONFIGURATION;
        }
        if (refused != null) {
            err.println("Refused (" + refused.code() + "): " + refused.getMessage());
            return ExitCodes.FAILED;
        }
        if (hasCauseNamed(e, "InvalidTokenException")) {
            // JDA's exception; named rather than imported, since only the Discord adapter knows JDA.
            err.println("Discord refused the bot token. Reset it on the Developer Portal's Bot page and set the new one"
                    + " in AWPT_DISCORD_TOKEN (awpt doctor checks it).");
            return ExitCodes.FIX_CONFIGURATION;
        }
        LOG.error("Unexpected failure", e);
        err.println("Failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        return ExitCodes.FAILED;
    }

    private static boolean hasCauseNamed(Throwable e, String simpleName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Guice wraps what a provider throws, and when several bindings needed the failed one, it lists
     * each failure instead of giving one cause: the first cause of the type is what the operator must read.
     */
    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            for (Message error : guiceErrors(t)) {
                T found = error.getCause() == null || error.getCause() == t ? null : causeOfType(error.getCause(), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Collection<Message> guiceErrors(Throwable t) {
        if (t instanceof CreationException creation) {
            return creation.getErrorMessages();
        }
        if (t instanceof ProvisionException provision) {
            return provision.getErrorMessages();
        }
        return List.of();
    }
}
