package org.awpt.domain.license;

import java.util.Optional;
import java.util.regex.Pattern;
import org.awpt.domain.InvalidInputException;

/**
 * The code of a license key: anything a {@link KeyFormat} may accept, 4 to 128 visible ASCII
 * characters ({@code !} to {@code ~}), so no space, no control and no non-ASCII character. Which
 * codes a license type takes is its {@link KeyFormat}'s decision, made at import.
 *
 * <p>{@link #toString()} is masked, so a key that ends up in a log shows only a few characters at
 * each end; {@link #value()} is the full code, for the key's holder and admins only.
 *
 * @param value the full code
 */
public record KeyCode(String value) {
    /** The shortest code. */
    public static final int MIN_LENGTH = 4;
    /** The longest code. */
    public static final int MAX_LENGTH = 128;
    /** Every well-formed code, as a regular expression (also understood by MongoDB). */
    public static final String FORM_REGEX = "[!-~]{" + MIN_LENGTH + "," + MAX_LENGTH + "}";
    /** What every code is, in words. */
    public static final String FORM_DESCRIPTION = MIN_LENGTH + " to " + MAX_LENGTH
            + " visible ASCII characters without spaces";
    /** Characters shown at each end of a masked code (fewer on short codes). */
    private static final int SHOWN_AT_EACH_END = 4;
    private static final Pattern FORM = Pattern.compile(FORM_REGEX);

    /** Checks the form. */
    public KeyCode {
        if (!isValid(value)) {
            throw new InvalidInputException("license key", FORM_DESCRIPTION);
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

    /**
     * The first and last characters with the middle hidden, for lists and logs: four at each end of
     * a code of 16 characters or more, a quarter of the code at each end of a shorter one, so at
     * least half of any code stays hidden.
     */
    public String masked() {
        int shown = Math.min(SHOWN_AT_EACH_END, value.length() / 4);
        return value.substring(0, shown) + "\u2022".repeat(8) + value.substring(value.length() - shown);
    }

    @Override
    public String toString() {
        return masked();
    }
}
