package org.awpt.bootstrap.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the configuration tree with its JSON path. Every reader returns a usable value (the
 * default, or empty) and records a problem instead of throwing, so that one pass finds every problem.
 */
final class ConfigNode {
    private static final Pattern SNOWFLAKE = Pattern.compile("[1-9][0-9]{0,19}");
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");
    private static final String DURATION = "a duration such as \"30s\", \"15m\", \"24h\", \"2d\" or ISO-8601 \"PT24H\"";

    private final JsonNode node;
    private final String path;
    private final Problems problems;

    ConfigNode(JsonNode node, String path, Problems problems) {
        this.node = node == null ? MissingNode.getInstance() : node;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    boolean isMissing() {
        return node.isMissingNode() || node.isNull();
    }

    ConfigNode child(String key) {
        return new ConfigNode(node.path(key), path.isEmpty() ? key : path + "." + key, problems);
    }

    void problem(String expected) {
        problems.add(path, expected);
    }

    /**
     * Warns about keys this object has that nobody reads (typos, keys of another bot). A key starting
     * with {@code _} is a comment (JSON has none), read by nobody and never warned about.
     */
    void warnUnknownKeys(Set<String> known) {
        if (!node.isObject()) {
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name) && !name.startsWith("_")) {
                problems.warn("unknown configuration key " + (path.isEmpty() ? name : path + "." + name) + " ignored");
            }
        });
    }

    /** Whether this is an object; records a problem if it is present and something else. */
    boolean isObject() {
        if (isMissing()) {
            return false;
        }
        if (!node.isObject()) {
            problem("an object { ... }");
            return false;
        }
        return true;
    }

    /** The entries of an object, in file order; empty when missing or not an object. */
    Map<String, ConfigNode> entries() {
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        if (isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                entries.put(field.getKey(), new ConfigNode(field.getValue(), path + "." + field.getKey(), problems));
            }
        }
        return entries;
    }

    /** The elements of an array; empty when missing. */
    List<ConfigNode> elements() {
        List<ConfigNode> elements = new ArrayList<>();
        if (isMissing()) {
            return elements;
        }
        if (!node.isArray()) {
            problem("a list [ ... ]");
            return elements;
        }
        for (int i = 0; i < node.size(); i++) {
            elements.add(new ConfigNode(node.get(i), path + "[" + i + "]", problems));
        }
        return elements;
    }

    /** A text, or empty when missing or blank. */
    Optional<String> text() {
        if (isMissing()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            problem("a text in double quotes");
            return Optional.empty();
        }
        String text = node.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A text; the default when missing. */
    String text(String fallback) {
        return text().orElse(fallback);
    }

    /** A text that must be present. */
    Optional<String> requiredText(String expected) {
        Optional<String> text = text();
        if (text.isEmpty() && (isMissing() || node.isTextual())) {
            problem(expected);
        }
        return text;
    }

    /** A Discord id (a snowflake), written as a text or a number; empty when missing. */
    Optional<String> snowflake() {
        if (isMissing() || (node.isTextual() && node.asText().isBlank())) {
            return Optional.empty();
        }
        String text = node.isIntegralNumber() ? node.asText() : node.isTextual() ? node.asText().strip() : "";
        if (!SNOWFLAKE.matcher(text).matches() || new BigDecimal(text).compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            problem("a Discord id: digits only, such as \"123456789012345678\"");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Discord ids from a list. */
    List<String> snowflakes() {
        List<String> ids = new ArrayList<>();
        for (ConfigNode element : elements()) {
            element.snowflake().ifPresent(ids::add);
        }
        return ids;
    }

    /** A whole number within bounds; the default when missing. */
    long number(long fallback, long min, long max) {
        if (isMissing()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
            problem("a whole number from " + min + " to " + max);
            return fallback;
        }
        return node.asLong();
    }

    /** A whole number within bounds; the default when missing. */
    int integer(int fallback, int min, int max) {
        return (int) number(fallback, min, max);
    }

    /** A non-negative decimal amount, written as a number or a text such as "6.99"; empty when bad. */
    Optional<BigDecimal> amount() {
        try {
            BigDecimal amount = node.isNumber() ? node.decimalValue()
                    : node.isTextual() ? new BigDecimal(node.asText().strip()) : null;
            if (amount != null && amount.signum() >= 0) {
                return Optional.of(amount);
            }
        } catch (NumberFormatException e) {
            // reported below, with the path
        }
        problem("an amount of 0 or more, such as 6.99");
        return Optional.empty();
    }

    /** true or false; the default when missing. */
    boolean bool(boolean fallback) {
        if (isMissing()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            problem("true or false");
            return fallback;
        }
        return node.asBoolean();
    }

    /** A positive duration; the default when missing. */
    Duration duration(Duration fallback) {
        return durationAtLeast(fallback, Duration.ofMillis(1));
    }

    /** A duration of at least {@code min}; the default when missing. */
    Duration durationAtLeast(Duration fallback, Duration min) {
        if (isMissing()) {
            return fallback;
        }
        Optional<Duration> parsed = node.isTextual() ? parseDuration(node.asText().strip()) : Optional.empty();
        if (parsed.isEmpty() || parsed.get().compareTo(min) < 0) {
            problem(DURATION + (min.isZero() ? " (0 or more)" : " (positive)"));
            return fallback;
        }
        return parsed.get();
    }

    static Optional<Duration> parseDuration(String text) {
        Matcher m = SHORT_DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
        }
        try {
            return Optional.of(Duration.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An http(s) URL; the default when missing. */
    URI url(URI fallback) {
        if (isMissing()) {
            return fallback;
        }
        Optional<String> text = text();
        if (text.isPresent()) {
            try {
                URI uri = new URI(text.get());
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (java.net.URISyntaxException e) {
                // reported below, with the path
            }
            problem("an http:// or https:// address");
        } else if (node.isTextual()) {
            problem("an http:// or https:// address");
        }
        return fallback;
    }

    /** A value built by a domain constructor; its refusal becomes a problem saying what is expected. */
    <T> Optional<T> build(String text, Function<String, T> factory, String expected) {
        try {
            return Optional.of(factory.apply(text));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            problem(expected);
            return Optional.empty();
        }
    }
}
