package org.awpt.bootstrap.cli;

import com.google.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.awpt.application.inventory.ImportKeys;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.store.Store;
import org.awpt.domain.importing.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code awpt keys import --type T FILE}: adds a file of keys, one per line, and reports per line. */
@Command(name = "import", description = {"Import a text file of keys (one per line) of one license type.",
        "A key is " + KeysImportCommand.KEY_FORMAT + "; text in UTF-8, or UTF-16/UTF-32 with a byte order mark."})
final class KeysImportCommand extends ShopCommand {
    /** What a key is, as the domain's {@code KeyCode} accepts it. */
    static final String KEY_FORMAT = "exactly 32 letters or digits (A-Z, a-z, 0-9)";

    @ParentCommand
    KeysCommand keys;

    @Mixin
    AdminIdentity admin;

    /** Given by the injector once the database is open. */
    @Inject
    InventoryUseCase inventory;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "The license type (weekly, monthly...).")
    String type;

    @Parameters(paramLabel = "FILE", description = "The key file.")
    Path file;

    @Override
    AwptCommand root() {
        return keys.root;
    }

    /** Importing is how a new shop starts: the database is created if it is missing. */
    @Override
    Store.Opening opening() {
        return Store.Opening.CREATE;
    }

    @Override
    int run(AwptConfig config) {
        Path path = root().context().workingDir().resolve(file);
        byte[] bytes = readAtMost(path, config.shop().importLimits().maxBytes());
        ImportReport report = inventory.importKeys(new ImportKeys(admin.requester(root().context()),
                config.shop().types().require(type).code(), bytes));
        PrintWriter out = root().context().out();
        out.println(CountedText.format("Imported {count, plural, one {# {type} key} other {# {type} keys}}.",
                "count", report.imported(), "type", String.valueOf(report.type())));
        lines(out, "Invalid (not " + KEY_FORMAT + ")", report.invalidLines());
        lines(out, "Duplicates within the file", report.duplicateLines());
        lines(out, "Already in the inventory", report.alreadyPresentLines());
        out.flush();
        if (report.nothingValid()) {
            throw new CommandFailedException("No line of " + path + " is a key: each line must be " + KEY_FORMAT
                    + report.firstInvalidShape().map(shape -> "; the first line looks like " + shape
                            + " (letters shown as A/a, digits as 9)").orElse("; the file holds no line") + ".");
        }
        return ExitCodes.OK;
    }

    /**
     * The file's bytes, refused before they are all read when there are more than the limit: a huge
     * file or a device such as /dev/zero must not fill the memory.
     */
    private static byte[] readAtMost(Path path, long limit) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new CommandFailedException(path + " is larger than the " + limit + " bytes a key file may hold"
                        + " (shop.import.maxBytes): split it, or raise the limit.");
            }
            return bytes;
        } catch (IOException e) {
            throw CommandFailedException.cannotRead(path, e);
        }
    }

    private static void lines(PrintWriter out, String what, List<Integer> lines) {
        if (!lines.isEmpty()) {
            out.println(CountedText.format("{what}: {count}, on {count, plural, one {line} other {lines}} {lines}",
                    "what", what, "count", lines.size(), "lines", Lines.compact(lines)));
        }
    }
}
