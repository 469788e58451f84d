package org.awpt.bootstrap.cli;

import com.google.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.awpt.application.inventory.ImportKeys;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.shared.ShopSettings;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.store.Store;
import org.awpt.domain.importing.ImportReport;
import org.awpt.domain.license.KeyFormat;
import org.awpt.domain.license.LicenseType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code awpt keys import --type T FILE}: adds a file of keys, one per line, and reports per line. */
@Command(name = "import", description = {"Import a text file of keys (one per line) of one license type.",
        "Each line must be a key in the type's format: by default " + KeysImportCommand.DEFAULT_FORMAT + ";"
                + " shop.keyFormats in the configuration sets another per type (see docs/configuration.md).",
        "Text in UTF-8, or UTF-16/UTF-32 with a byte order mark."})
final class KeysImportCommand extends ShopCommand {
    /** The original format, every type's unless the configuration says otherwise. */
    static final String DEFAULT_FORMAT = KeyFormat.ORIGINAL_DESCRIPTION;
    /** The help section listing the configured formats. */
    static final String FORMATS_SECTION = "keyFormats";

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
        String format = report.expectedFormat().description();
        out.println(CountedText.format("Imported {count, plural, one {# {type} key} other {# {type} keys}}.",
                "count", report.imported(), "type", String.valueOf(report.type())));
        lines(out, "Invalid (not " + format + ")", report.invalidLines());
        lines(out, "Duplicates within the file", report.duplicateLines());
        lines(out, "Already in the inventory", report.alreadyPresentLines());
        out.flush();
        if (report.nothingValid()) {
            throw new CommandFailedException("No line of " + path + " is a " + report.type() + " key: each line must be "
                    + format + report.firstInvalidShape().map(shape -> "; the first line looks like " + shape
                            + " (letters shown as A/a, digits as 9)").orElse("; the file holds no line")
                    + ". The format of each type is set in shop.keyFormats (see awpt keys import --help).");
        }
        return ExitCodes.OK;
    }

    /**
     * Adds to the help of {@code awpt keys import} the key format of every license type, as the
     * configuration (the {@code --config} given, else the usual one) sets it; a configuration that
     * cannot be read leaves only the default, said in the description.
     */
    static void showFormatsInHelp(CommandLine command, AwptCommand root) {
        List<String> sections = new ArrayList<>(command.getHelpSectionKeys());
        sections.add(sections.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), FORMATS_SECTION);
        command.setHelpSectionKeys(sections);
        command.getHelpSectionMap().put(FORMATS_SECTION, help -> formats(root));
    }

    private static String formats(AwptCommand root) {
        ShopSettings shop;
        try {
            shop = root.readConfig().shop();
        } catch (RuntimeException e) {
            return "%nKey formats: the configuration cannot be read (awpt doctor says why); the default is "
                    .replace("%n", System.lineSeparator()) + DEFAULT_FORMAT + "." + System.lineSeparator();
        }
        StringBuilder text = new StringBuilder(System.lineSeparator()).append("Key formats in this configuration:")
                .append(System.lineSeparator());
        for (LicenseType type : shop.types().all()) {
            text.append("  ").append(type.code().value()).append(": ")
                    .append(shop.keyFormats().of(type.code()).description())
                    .append(shop.keyFormats().isConfigured(type.code()) ? "" : " (the default)")
                    .append(System.lineSeparator());
        }
        return text.toString();
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
