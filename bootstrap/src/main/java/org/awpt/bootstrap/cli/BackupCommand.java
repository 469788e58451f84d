package org.awpt.bootstrap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.awpt.adapters.sqlite.SqlitePersistence;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code awpt backup --out FILE}: a consistent copy of the SQLite database, taken while the bot runs
 * (SQLite's online backup). With MongoDB, {@code mongodump} is the tool.
 */
@Command(name = "backup", description = "Copy the SQLite database to a file, consistently, while the bot runs.")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    AwptCommand root;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the copy.")
    Path out;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Override
    public Integer call() {
        AwptConfig config = root.config();
        if (!config.database().sqlite()) {
            throw new UsageException("The shop runs on MongoDB (" + config.database().describe() + "): back it up"
                    + " with mongodump, as docs/operations.md shows.");
        }
        OutputFile target = OutputFile.checked(root.context().workingDir(), out, config.database().dataDir(), force);
        try (Store store = Store.open(config.database(), Store.Opening.EXISTING, config.shop().types(),
                Clock.systemUTC())) {
            SqlitePersistence db = store.sqlite().orElseThrow();
            long bytes = target.write(file -> {
                db.backupTo(file);
                return Files.size(file);
            });
            root.context().out().printf("Backed up %s to %s (%,d bytes)%n", db.databaseFile(), target.path(), bytes);
            root.context().out().flush();
        }
        return ExitCodes.OK;
    }
}
