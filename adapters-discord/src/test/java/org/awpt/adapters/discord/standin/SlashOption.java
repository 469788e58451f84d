package org.awpt.adapters.discord.standin;

import java.util.List;
import java.util.Objects;

/**
 * One option of an injected slash command, as a person filled it in.
 *
 * @param name    option name
 * @param type    Discord's option type (1 subcommand, 3 string, 4 integer, 5 boolean, 6 user, 11 attachment)
 * @param value   the value (a String, Long, Boolean, StandInUser or StandInFile); null for subcommands
 * @param options nested options of a subcommand
 */
public record SlashOption(String name, int type, Object value, List<SlashOption> options) {

    /** Checks the name and copies the nested options. */
    public SlashOption {
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
    }

    /** A subcommand with its own options. */
    public static SlashOption subcommand(String name, SlashOption... options) {
        return new SlashOption(name, 1, null, List.of(options));
    }

    /** A string option. */
    public static SlashOption string(String name, String value) {
        return new SlashOption(name, 3, value, List.of());
    }

    /** An integer option. */
    public static SlashOption integer(String name, long value) {
        return new SlashOption(name, 4, value, List.of());
    }

    /** A boolean option. */
    public static SlashOption bool(String name, boolean value) {
        return new SlashOption(name, 5, value, List.of());
    }

    /** A user option. */
    public static SlashOption user(String name, StandInUser value) {
        return new SlashOption(name, 6, value, List.of());
    }

    /** An attachment option: the file becomes a resolved attachment served by the stand-in. */
    public static SlashOption attachment(String name, StandInFile value) {
        return new SlashOption(name, 11, value, List.of());
    }
}
