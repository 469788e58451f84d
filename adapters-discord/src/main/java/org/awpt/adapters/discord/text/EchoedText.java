package org.awpt.adapters.discord.text;

/**
 * Text a buyer or staff member typed (modal fields, reasons, names, search fragments), as any
 * message or embed echoes it: every markdown character escaped, so it shows as typed (never as a
 * heading, masked link, quote or spoiler), and cut to a length with an ellipsis, so one long entry
 * cannot crowd out the rest of a message. Mentions never ping: no mention type is allowed by default.
 *
 * <p>JDA's {@code MarkdownSanitizer.escape} falls short here (JDA 6.5.0, measured): it leaves masked
 * links ({@code [bank](https://...)}), headings ({@code # ...}) and runs such as {@code *****} as
 * they are. Discord reads a backslash before any punctuation as an escape, so each markdown
 * character gets one.
 */
public final class EchoedText {
    /** The most characters echoed of a name (Discord and Roblox names, ids, a search fragment). */
    public static final int NAME = 100;
    /** The most characters echoed of one modal field or payment detail. */
    public static final int FIELD = 300;
    /** The most characters echoed of a reason (every reason the shop keeps is at most 500). */
    public static final int REASON = 500;
    /** The shortest cap: room for a few characters and the ellipsis. */
    static final int MIN_CAP = 16;
    /** What starts markdown: emphasis, strike, spoilers, code, quotes, headings and subtexts, masked links. */
    private static final String MARKDOWN = "\\*_~|`>#[]";

    private EchoedText() {
    }

    /**
     * {@code text} escaped and at most {@code max} characters long; empty for {@code null}. The text
     * is cut before it is escaped, so no escape is left half.
     *
     * @param max {@value #MIN_CAP} or more
     */
    public static String of(String text, int max) {
        if (max < MIN_CAP) {
            throw new IllegalArgumentException("an echo is up to " + MIN_CAP + " characters or more");
        }
        if (text == null) {
            return "";
        }
        int keep = Math.min(text.length(), max);
        String echoed = escape(SafeEmbed.truncate(text, keep));
        // Escaping adds characters: keep less of the text until the escaped form fits.
        while (echoed.length() > max) {
            keep -= Math.max(1, (echoed.length() - max) / 2);
            echoed = escape(SafeEmbed.truncate(text, keep));
        }
        return echoed;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MARKDOWN.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
