package org.awpt.domain.license;

import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the keys of one license type look like, checked on every line of a key file: a length and
 * an alphabet, or a regular expression. A format never accepts what is not a {@link KeyCode}.
 */
public sealed interface KeyFormat permits KeyFormat.Alphabet, KeyFormat.Expression {
    /** The letters and digits of the original bot's keys. */
    String LETTERS_AND_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** The original bot's format in words. */
    String ORIGINAL_DESCRIPTION = "exactly 32 letters or digits (A-Z, a-z, 0-9)";

    /** Whether the text, exactly as given, is a key of this format. */
    boolean accepts(String text);

    /** The format in words, for an operator: {@code exactly 32 letters or digits (A-Z, a-z, 0-9)}. */
    String description();

    /** The key on a line (surrounding spaces ignored), if the line holds one of this format. */
    default Optional<KeyCode> parse(String line) {
        String trimmed = line == null ? "" : line.strip();
        return accepts(trimmed) ? Optional.of(new KeyCode(trimmed)) : Optional.empty();
    }

    /** The original bot's format, every license type's default: exactly 32 letters or digits. */
    static KeyFormat original() {
        return new Alphabet(32, LETTERS_AND_DIGITS, ORIGINAL_DESCRIPTION);
    }

    /**
     * Keys of exactly {@code length} characters, each one of {@code characters}.
     *
     * @param length      {@value KeyCode#MIN_LENGTH} to {@value KeyCode#MAX_LENGTH}
     * @param characters  the alphabet: visible ASCII characters ({@code !} to {@code ~}), at least one
     * @param description the format in words; {@code null} or blank for one made from the length and alphabet
     */
    record Alphabet(int length, String characters, String description) implements KeyFormat {
        /** Checks the length and the alphabet; words the format when no description is given. */
        public Alphabet {
            if (length < KeyCode.MIN_LENGTH || length > KeyCode.MAX_LENGTH) {
                throw new IllegalArgumentException("a key length is " + KeyCode.MIN_LENGTH + " to " + KeyCode.MAX_LENGTH);
            }
            if (characters == null || characters.isEmpty()) {
                throw new IllegalArgumentException("an alphabet holds at least one character");
            }
            if (!characters.chars().allMatch(c -> c >= '!' && c <= '~')) {
                throw new IllegalArgumentException("an alphabet holds visible ASCII characters only (no space)");
            }
            description = description == null || description.isBlank()
                    ? "exactly " + length + " characters, each one of " + ranges(characters) : description.strip();
        }

        @Override
        public boolean accepts(String text) {
            if (text == null || text.length() != length) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (characters.indexOf(text.charAt(i)) < 0) {
                    return false;
                }
            }
            return true;
        }

        /** The alphabet with runs of three or more neighbours shortened: {@code A-Z, 2-9, -}. */
        private static String ranges(String characters) {
            TreeSet<Character> sorted = new TreeSet<>();
            characters.chars().forEach(c -> sorted.add((char) c));
            StringBuilder out = new StringBuilder();
            Character start = null;
            Character previous = null;
            for (Character c : sorted) {
                if (previous != null && c == previous + 1) {
                    previous = c;
                    continue;
                }
                appendRun(out, start, previous);
                start = c;
                previous = c;
            }
            appendRun(out, start, previous);
            return out.toString();
        }

        private static void appendRun(StringBuilder out, Character start, Character end) {
            if (start == null) {
                return;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(start);
            if (end - start == 1) {
                out.append(' ').append(end);
            } else if (end - start > 1) {
                out.append('-').append(end);
            }
        }
    }

    /**
     * Keys the whole of which match a regular expression (and are {@link KeyCode}s).
     */
    final class Expression implements KeyFormat {
        /** The longest regular expression taken. */
        public static final int MAX_LENGTH = 500;

        private final String regex;
        private final Pattern pattern;
        private final String description;

        /**
         * A format of the keys matching {@code regex} whole.
         *
         * @param description the format in words; {@code null} or blank for one naming the expression
         * @throws IllegalArgumentException for a blank, too long or malformed expression, saying what is wrong
         */
        public Expression(String regex, String description) {
            if (regex == null || regex.isBlank() || regex.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("a regular expression is 1 to " + MAX_LENGTH + " characters");
            }
            try {
                this.pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a regular expression: " + e.getDescription()
                        + " near index " + e.getIndex(), e);
            }
            this.regex = regex;
            this.description = description == null || description.isBlank()
                    ? "a line matching the regular expression " + regex : description.strip();
        }

        /** The regular expression, as configured. */
        public String regex() {
            return regex;
        }

        @Override
        public boolean accepts(String text) {
            return KeyCode.isValid(text) && pattern.matcher(text).matches();
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Expression that && regex.equals(that.regex) && description.equals(that.description);
        }

        @Override
        public int hashCode() {
            return Objects.hash(regex, description);
        }

        @Override
        public String toString() {
            return "KeyFormat.Expression[" + regex + "]";
        }
    }
}
