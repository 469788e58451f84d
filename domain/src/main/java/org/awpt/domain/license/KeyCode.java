package org.awpt.domain.license;

import java.util.Optional;
import java.util.regex.Pattern;
import org.awpt.domain.InvalidInputException;

/**
 * The 32-character code of a license key, {@code [A-Za-z0-9]{32}}.
 *
 * <p>{@link #toString()} is masked, so a key that ends up in a log shows only its first and last
 * four characters; {@link #value()} is the full code, for the key's holder and admins only.
 *
 * @param value the full code
 */
public record KeyCode(String value) {
    /** The length of every key code. */
    public static final int LENGTH = 32;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9]{32}");

    /** Checks the form. */
    public KeyCode {
        if (!isValid(value)) {
            throw new InvalidInputException("license key", "32 letters or digits");
        }
    }

    /** Whether the text is a well-formed key code, exactly as given. */
    public static boolean isValid(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    /** The key code in the text, surrounding spaces ignored, if it is well formed. */
    public static Optional<KeyCode> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        return isValid(trimmed) ? Optional.of(new KeyCode(trimmed)) : Optional.empty();
    }

    /** The first and last four characters with the middle hidden, for lists and logs. */
    public String masked() {
        return value.substring(0, 4) + "\u2022".repeat(8) + value.substring(LENGTH - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
