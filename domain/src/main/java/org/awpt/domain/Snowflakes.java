package org.awpt.domain;

/** Parsing of the positive decimal ids used by Discord and Roblox. */
final class Snowflakes {
    private Snowflakes() {
    }

    static long parse(String text, String field) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > 19 || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException(field, "a positive whole number of at most 19 digits");
        }
        try {
            long value = Long.parseLong(trimmed);
            if (value <= 0) {
                throw new InvalidInputException(field, "a positive whole number of at most 19 digits");
            }
            return value;
        } catch (NumberFormatException tooLarge) {
            throw new InvalidInputException(field, "a positive whole number of at most 19 digits");
        }
    }
}
