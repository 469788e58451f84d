package org.awpt.adapters.discord.text;

import java.awt.Color;
import java.time.temporal.TemporalAccessor;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * An embed builder that never breaks Discord's limits, whatever the data: titles are cut at 256,
 * descriptions at 4,096, field names at 256 and values at 1,024 characters; at most 25 fields and
 * 6,000 characters in all. What does not fit is cut with an ellipsis or left out, with a note.
 */
public final class SafeEmbed {
    /** Discord's limit on a title. */
    public static final int TITLE_MAX = MessageEmbed.TITLE_MAX_LENGTH;
    /** Discord's limit on a description. */
    public static final int DESCRIPTION_MAX = MessageEmbed.DESCRIPTION_MAX_LENGTH;
    /** Discord's limit on a field value. */
    public static final int FIELD_VALUE_MAX = MessageEmbed.VALUE_MAX_LENGTH;
    /** Discord's limit on fields. */
    public static final int FIELDS_MAX = MessageEmbed.MAX_FIELD_AMOUNT;
    /** Discord's limit on all text of an embed. */
    public static final int TOTAL_MAX = MessageEmbed.EMBED_MAX_LENGTH_BOT;
    private static final int FOOTER_MAX = MessageEmbed.TEXT_MAX_LENGTH;
    private static final String ELLIPSIS = "\u2026";

    private final EmbedBuilder builder = new EmbedBuilder();
    private int omittedFields;

    /** A new, empty embed. */
    public static SafeEmbed create() {
        return new SafeEmbed();
    }

    /** Cuts text to at most {@code max} characters, ending with an ellipsis when cut. */
    public static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(0, end)) + ELLIPSIS;
    }

    /** Sets the title. */
    public SafeEmbed title(String title) {
        builder.setTitle(fit(title, TITLE_MAX));
        return this;
    }

    /** Sets the description. */
    public SafeEmbed description(String description) {
        builder.setDescription(fit(description, DESCRIPTION_MAX));
        return this;
    }

    /** Sets the colour. */
    public SafeEmbed color(Color color) {
        builder.setColor(color);
        return this;
    }

    /** Sets the footer. */
    public SafeEmbed footer(String footer) {
        builder.setFooter(fit(footer, FOOTER_MAX));
        return this;
    }

    /** Sets the timestamp. */
    public SafeEmbed timestamp(TemporalAccessor at) {
        builder.setTimestamp(at);
        return this;
    }

    /** Shows an image, such as an attached chart ({@code attachment://chart.png}). */
    public SafeEmbed image(String url) {
        builder.setImage(url);
        return this;
    }

    /** Adds a field, cut to fit; left out (and counted in a note) when there is no room. */
    public SafeEmbed field(String name, String value, boolean inline) {
        String safeName = truncate(name == null || name.isBlank() ? "\u200B" : name, TITLE_MAX);
        String safeValue = value == null || value.isBlank() ? "\u2014" : value;
        int spare = room() - safeName.length() - reserveForNote();
        if (builder.getFields().size() >= FIELDS_MAX - 1 || spare < Math.min(safeValue.length(), 16)) {
            omittedFields++;
            return this;
        }
        builder.addField(safeName, truncate(safeValue, Math.min(FIELD_VALUE_MAX, spare)), inline);
        return this;
    }

    /** The embed, with a last field saying how many fields did not fit. */
    public MessageEmbed build() {
        if (omittedFields > 0) {
            builder.addField("\u2026", truncate("+" + omittedFields, FIELD_VALUE_MAX), false);
        }
        return builder.build();
    }

    private int room() {
        return TOTAL_MAX - builder.length();
    }

    private static int reserveForNote() {
        return 16;
    }

    /** Cut to the part's limit and to what is left of the embed's total; empty means "not set". */
    private String fit(String text, int max) {
        String cut = truncate(text, Math.min(max, room()));
        return cut.isEmpty() ? null : cut;
    }
}
