package org.awpt.domain;

/**
 * Who did something, as the audit log records it: a Discord user, or the operator at the shop's own
 * console (the command line run on the shop's data).
 */
public sealed interface ActorId permits DiscordUserId, ConsoleOperator {

    /** The stored form: a Discord id's digits, or {@code console:} and the OS user name. */
    String asString();

    /** Reads a stored form back; anything else is refused with {@link InvalidInputException}. */
    static ActorId parse(String stored) {
        if (stored != null && stored.startsWith(ConsoleOperator.PREFIX)) {
            return new ConsoleOperator(stored.substring(ConsoleOperator.PREFIX.length()));
        }
        return DiscordUserId.parse(stored);
    }
}
