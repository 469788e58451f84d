package org.awpt.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code awpt keys}: the key inventory from a shell (import, stats, export). */
@Command(name = "keys", description = "Manage the key inventory (the same database as the bot).",
        subcommands = {KeysImportCommand.class, KeysStatsCommand.class, KeysExportCommand.class})
final class KeysCommand {
    @ParentCommand
    AwptCommand root;
}
