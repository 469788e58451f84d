package org.awpt.adapters.discord.text;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message bundle ({@code org/awpt/adapters/discord/messages.properties}). Texts take named
 * parameters such as {@code {type}}; an instant is shown as a Discord timestamp, which every
 * reader sees in their own time zone.
 */
public final class Messages {
    /** Where the bundle lives. */
    public static final String BUNDLE = "org.awpt.adapters.discord.messages";
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    /** The bundle for a locale (English when the shop has no translation). */
    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale));
    }

    /** The English bundle. */
    public static Messages english() {
        return forLocale(Locale.ROOT);
    }

    /** Whether the bundle has a text for the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of a key without its parameters filled. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message " + key, e);
        }
    }

    /** The text of a key with its parameters filled from pairs of name and value. */
    public String get(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name-value pairs");
        }
        Map<String, Object> values = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return format(key, values);
    }

    /** The text of a key with its parameters filled; unknown parameters stay as they are. */
    public String format(String key, Map<String, ?> values) {
        return fill(key, values, null);
    }

    /** The text of a key with its parameters filled; parameters without a value become {@code missing}. */
    public String format(String key, Map<String, ?> values, String missing) {
        return fill(key, values, Objects.requireNonNull(missing, "missing"));
    }

    private String fill(String key, Map<String, ?> values, String missing) {
        Matcher matcher = PARAMETER.matcher(get(key));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Object value = values.get(name) != null ? render(values.get(name))
                    : missing == null ? matcher.group() : missing;
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A value as a person reads it: instants as Discord timestamps. */
    static Object render(Object value) {
        if (value instanceof Instant instant) {
            return timestamp(instant);
        }
        if (value instanceof TemporalAccessor temporal && temporal.isSupported(java.time.temporal.ChronoField.INSTANT_SECONDS)) {
            return timestamp(Instant.from(temporal));
        }
        return value;
    }

    /** A Discord timestamp: full date and time, and how long from now. */
    public static String timestamp(Instant instant) {
        long seconds = instant.getEpochSecond();
        return "<t:" + seconds + ":f> (<t:" + seconds + ":R>)";
    }
}
