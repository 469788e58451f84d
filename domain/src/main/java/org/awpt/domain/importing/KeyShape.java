package org.awpt.domain.importing;

/**
 * What a line that is not a key looked like, without what it said: letters become {@code A} or
 * {@code a}, digits {@code 9}, other characters stay, so an operator sees the format of a file
 * (dashes, length, spaces) and no key of it leaks into a report.
 */
public final class KeyShape {
    /** The longest shape shown; longer lines end with an ellipsis and their length. */
    public static final int MAX_SHOWN = 48;

    private KeyShape() {
    }

    /** The shape of a line, e.g. {@code AAAA9-AAAA9-9999A} for a dashed key. */
    public static String of(String line) {
        StringBuilder shape = new StringBuilder();
        line.codePoints().limit(MAX_SHOWN).forEach(c -> shape.appendCodePoint(
                Character.isDigit(c) ? '9' : Character.isUpperCase(c) ? 'A' : Character.isLetter(c) ? 'a'
                        : Character.isISOControl(c) ? '?' : c));
        int length = line.codePointCount(0, line.length());
        if (length > MAX_SHOWN) {
            shape.append("... (").append(length).append(" characters)");
        }
        return shape.toString();
    }
}
