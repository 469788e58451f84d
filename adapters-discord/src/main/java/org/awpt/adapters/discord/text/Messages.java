package org.awpt.adapters.discord.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One language's message bundle ({@code org/awpt/adapters/discord/messages.properties} for English,
 * {@code messages_<tag>.properties} for each other language of {@link Languages}). Texts are ICU message
 * formats with named parameters such as {@code {type}}; a count takes its plural form from the
 * bundle's language ({@code {count, plural, one {# key} other {# keys}}}). An instant is shown as a
 * Discord timestamp, which every reader sees in their own time zone.
 */
public final class Messages {
    /** Where the bundle lives. */
    public static final String BUNDLE = "org.awpt.adapters.discord.messages";
    private final ResourceBundle bundle;
    private final ULocale locale;

    private Messages(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        // The base bundle is English: its plural rules are English ones, not the root locale's "other" only.
        Locale language = bundle.getLocale();
        this.locale = ULocale.forLocale(language == null || language.getLanguage().isEmpty() ? Locale.ENGLISH : language);
    }

    /**
     * The bundle for a locale: its language's translation, else English. The JVM's default locale plays
     * no part (a server set to another language does not change the shop's texts).
     */
    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, Languages.of(locale).orElse(Languages.ENGLISH),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The language this bundle speaks. */
    public Locale locale() {
        return locale.toLocale();
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

    /**
     * The text of a key with its parameters filled; parameters without a value become {@code missing},
     * except counts, which are required.
     */
    public String format(String key, Map<String, ?> values, String missing) {
        return fill(key, values, Objects.requireNonNull(missing, "missing"));
    }

    private String fill(String key, Map<String, ?> values, String missing) {
        String pattern = get(key);
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> counted = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            } else if (part.getType() == MessagePattern.Part.Type.ARG_START && needsNumber(part.getArgType())) {
                counted.add(parsed.getSubstring(parsed.getPart(i + 1)));
            }
        }
        Map<String, Object> arguments = new HashMap<>();
        for (String name : names) {
            Object value = values.get(name);
            if (counted.contains(name)) {
                arguments.put(name, number(key, name, value));
            } else if (value == null) {
                arguments.put(name, missing == null ? "{" + name + "}" : missing);
            } else {
                // A plain parameter is shown as given: ids and amounts keep their digits, no grouping.
                arguments.put(name, String.valueOf(render(value)));
            }
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** A count as a number; a count is never optional, since no plural form fits a missing one. */
    private static Number number(String key, String name, Object value) {
        if (value instanceof Number number) {
            return number;
        }
        try {
            return new BigDecimal(String.valueOf(value).strip());
        } catch (NumberFormatException | NullPointerException notANumber) {
            throw new IllegalArgumentException("message " + key + " counts {" + name + "}, which needs a number, not "
                    + value, notANumber);
        }
    }

    /** Plural, ordinal, choice and number arguments format a number; plain and select ones a text. */
    private static boolean needsNumber(MessagePattern.ArgType type) {
        return type != MessagePattern.ArgType.NONE && type != MessagePattern.ArgType.SELECT;
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
