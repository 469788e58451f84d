package org.awpt.domain;

/**
 * A Discord user id (a snowflake: a positive 64-bit number, written in decimal).
 *
 * @param value the snowflake
 */
public record DiscordUserId(long value) implements ActorId {
    /** Checks the id is positive. */
    public DiscordUserId {
        if (value <= 0) {
            throw new IllegalArgumentException("a Discord user id is positive: " + value);
        }
    }

    /** Reads a decimal snowflake, refusing anything else with {@link InvalidInputException}. */
    public static DiscordUserId parse(String text) {
        return new DiscordUserId(Snowflakes.parse(text, "discord user id"));
    }

    /** The id as Discord writes it. */
    @Override
    public String asString() {
        return Long.toString(value);
    }

    @Override
    public String toString() {
        return asString();
    }
}
