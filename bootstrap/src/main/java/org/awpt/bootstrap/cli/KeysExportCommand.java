package org.awpt.bootstrap.cli;

import com.google.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.awpt.adapters.discord.export.CsvStream;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.inventory.KeyExportRow;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.KeyScan;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.domain.license.KeyStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code awpt keys export --out FILE.csv}: every key (or a filtered set) with full codes, as CSV. */
@Command(name = "export", description = "Write keys with their full codes, holders and dates to a CSV file (audited).")
final class KeysExportCommand extends ShopCommand {
    static final List<String> HEADER = List.of("key", "type", "status", "discordUserId", "robloxUserId",
            "requestedBy", "approvedBy", "createdAt", "usedAt", "expiresAt", "orderId");

    @ParentCommand
    KeysCommand keys;

    @Mixin
    AdminIdentity admin;

    /** Given by the injector once the database is open. */
    @Inject
    InventoryUseCase inventory;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Where to write the CSV.")
    Path out;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only keys of this license type.")
    String type;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only keys in this status: ${COMPLETION-CANDIDATES}.")
    KeyStatus status;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    private OutputFile file;

    @Override
    AwptCommand root() {
        return keys.root;
    }

    @Override
    void check(AwptConfig config) {
        file = OutputFile.checked(root().context().workingDir(), out, config.database().dataDir(), force);
    }

    /** Streams the rows into the file as they are read: memory does not grow with the inventory. */
    @Override
    int run(AwptConfig config) {
        KeyFilter filter = KeyFilter.of(type == null ? null : config.shop().types().require(type).code(), status);
        KeyScan scan = file.writeStream(stream -> {
            try (CsvStream csv = new CsvStream(stream, HEADER)) {
                return inventory.export(admin.requester(root().context()), filter, row -> {
                    try {
                        csv.write(cells(row));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        root().context().out().println(CountedText.format("Wrote {count, plural, one {# key} other {# keys}} to {file}",
                "count", scan.keys(), "file", file.path().toString()));
        root().context().out().flush();
        if (!scan.complete()) {
            PrintWriter err = root().context().err();
            scan.unreadable().forEach(row -> err.printf("Left out stored key %s: it cannot be read (%s)%n",
                    row.storedId(), row.reason()));
            err.println(CountedText.format("{count, plural, one {# stored key} other {# stored keys}} could not be read"
                    + " and {count, plural, one {is} other {are}} not in the file.", "count", scan.unreadable().size()));
            err.flush();
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private static List<String> cells(KeyExportRow row) {
        return List.of(row.code(), row.type().value(), row.status().wireName(), text(row.holder()), text(row.roblox()),
                text(row.requestedBy()), text(row.approvedBy()), text(row.createdAt()), text(row.usedAt()),
                text(row.expiresAt()), text(row.orderId()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
