package org.awpt.domain;

/**
 * A Roblox user id: a positive number.
 *
 * @param value the id
 */
public record RobloxUserId(long value) {
    /** Checks the id is positive. */
    public RobloxUserId {
        if (value <= 0) {
            throw new IllegalArgumentException("a Roblox user id is positive: " + value);
        }
    }

    /** Reads a decimal id, refusing anything else with {@link InvalidInputException}. */
    public static RobloxUserId parse(String text) {
        return new RobloxUserId(Snowflakes.parse(text, "roblox user id"));
    }

    /** Whether the text looks like a numeric id (as opposed to a username). */
    public static boolean looksNumeric(String text) {
        String trimmed = text == null ? "" : text.strip();
        return !trimmed.isEmpty() && trimmed.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The id in decimal. */
    public String asString() {
        return Long.toString(value);
    }

    @Override
    public String toString() {
        return asString();
    }
}
