package org.awpt.adapters.discord.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every translation says everything the English bundle says, with the same arguments: each English key
 * is present (and no key English lacks), and each message names the same arguments with the same ICU
 * types ({@code {n}}, {@code {n, plural, ...}}, {@code {n, select, ...}}, {@code {n, number}}...), so a
 * value the code passes is never left unused or shown raw in one language. Each file is read on its own,
 * without the English parent a {@code ResourceBundle} would fall back to.
 */
class BundleParityTest {
    private static final Path FOLDER = Path.of("src/main/resources/org/awpt/adapters/discord");
    private static final Pattern TRANSLATION = Pattern.compile("messages_([A-Za-z0-9_]+)\\.properties");

    static List<String> languages() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(f -> TRANSLATION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> m.group(1)).sorted().toList();
        }
    }

    @Test
    void filipinoIsShipped() throws IOException {
        assertThat(languages()).contains("fil");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyEnglishKeyIsTranslatedAndNothingElse(String language) throws IOException {
        Set<String> english = read(FOLDER.resolve("messages.properties")).keySet();
        Set<String> translated = read(FOLDER.resolve("messages_" + language + ".properties")).keySet();
        assertThat(new TreeSet<>(translated)).as("keys of messages_%s.properties", language)
                .containsAll(new TreeSet<>(english))
                .allSatisfy(key -> assertThat(english).as("%s is not an English key", key).contains(key));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyMessageTakesTheSameArgumentsWithTheSameTypes(String language) throws IOException {
        PropertyResourceBundle english = read(FOLDER.resolve("messages.properties"));
        PropertyResourceBundle translated = read(FOLDER.resolve("messages_" + language + ".properties"));
        for (String key : english.keySet()) {
            if (translated.containsKey(key)) {
                assertThat(arguments(translated.getString(key))).as("arguments of %s in %s", key, language)
                        .isEqualTo(arguments(english.getString(key)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void pluralFormsAreTheLanguagesOwn(String language) throws IOException {
        // A form the language's plural rules never pick (say "few" in Filipino) would never be shown.
        Set<String> keywords = PluralRules.forLocale(ULocale.forLanguageTag(language.replace('_', '-'))).getKeywords();
        PropertyResourceBundle translated = read(FOLDER.resolve("messages_" + language + ".properties"));
        for (String key : translated.keySet()) {
            assertThat(pluralSelectors(translated.getString(key))).as("plural forms of %s in %s", key, language)
                    .allSatisfy(selector -> assertThat(keywords).contains(selector));
        }
    }

    @Test
    void argumentSignaturesTellTypesApart() {
        assertThat(arguments("{n} and {n, plural, one {# x} other {# xs}} by {who}"))
                .isEqualTo(Map.of("n", Set.of("NONE", "PLURAL"), "who", Set.of("NONE")));
        assertThat(arguments("{n, number}")).isNotEqualTo(arguments("{n}"));
        assertThat(arguments("{n, select, a {x} other {y}}")).isNotEqualTo(arguments("{n, plural, other {y}}"));
    }

    /** Each argument's name with the ICU types it is used as ({@code SIMPLE} ones with their type word). */
    static Map<String, Set<String>> arguments(String text) {
        MessagePattern pattern = new MessagePattern(text);
        Map<String, Set<String>> arguments = new TreeMap<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            MessagePattern.ArgType type = part.getArgType();
            String name = pattern.getSubstring(pattern.getPart(i + 1));
            String described = type == MessagePattern.ArgType.SIMPLE
                    ? type + ":" + pattern.getSubstring(pattern.getPart(i + 2)) : type.name();
            arguments.computeIfAbsent(name, n -> new TreeSet<>()).add(described);
        }
        return arguments;
    }

    private static Set<String> pluralSelectors(String text) {
        MessagePattern pattern = new MessagePattern(text);
        Set<String> selectors = new HashSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR
                    && inPlural(pattern, i) && !pattern.getSubstring(part).startsWith("=")) {
                selectors.add(pattern.getSubstring(part));
            }
        }
        return selectors;
    }

    /** Whether the selector at {@code index} belongs to a plural argument (not a select). */
    private static boolean inPlural(MessagePattern pattern, int index) {
        int depth = 0;
        for (int i = index - 1; i >= 0; i--) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_LIMIT) {
                depth++;
            } else if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                if (depth == 0) {
                    return part.getArgType().hasPluralStyle();
                }
                depth--;
            }
        }
        return false;
    }

    private static PropertyResourceBundle read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new PropertyResourceBundle(in);
        }
    }

    @Test
    void theFilipinoBundleIsTheOneFilipinoBuyersGet() {
        Messages filipino = Messages.forLocale(Locale.forLanguageTag("fil"));
        assertThat(filipino.get("panel.button.buy")).isEqualTo("Bumili ng license");
        assertThat(filipino.get("export.done", "count", 2)).isEqualTo("Naka-attach ang export ng 2 key.");
        assertThat(filipino.get("panel.posted.partly", "settings", "x")).contains("hangga't");
    }
}
