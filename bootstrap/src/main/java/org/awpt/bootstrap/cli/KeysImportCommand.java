package org.awpt.bootstrap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.awpt.application.inventory.ImportKeys;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.bootstrap.Assembly;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.store.Store;
import org.awpt.domain.importing.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code awpt keys import --type T FILE}: adds a file of keys, one per line, and reports per line. */
@Command(name = "import", description = "Import a text file of keys (one per line) of one license type.")
final class KeysImportCommand extends ShopCommand {
    @ParentCommand
    KeysCommand keys;

    @Mixin
    AdminIdentity admin;

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
    int run(AwptConfig config, Assembly shop) {
        Path path = root().context().workingDir().resolve(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw CommandFailedException.cannotRead(path, e);
        }
        ImportReport report = shop.get(InventoryUseCase.class).importKeys(new ImportKeys(admin.requester(config),
                config.shop().types().require(type).code(), bytes));
        PrintWriter out = root().context().out();
        out.printf("Imported %d %s keys.%n", report.imported(), report.type());
        lines(out, "Invalid (not 32 letters or digits)", report.invalidLines());
        lines(out, "Duplicates within the file", report.duplicateLines());
        lines(out, "Already in the inventory", report.alreadyPresentLines());
        out.flush();
        return ExitCodes.OK;
    }

    private static void lines(PrintWriter out, String what, List<Integer> lines) {
        if (!lines.isEmpty()) {
            out.printf("%s: %d, on line%s %s%n", what, lines.size(), lines.size() == 1 ? "" : "s",
                    Lines.compact(lines));
        }
    }
}
