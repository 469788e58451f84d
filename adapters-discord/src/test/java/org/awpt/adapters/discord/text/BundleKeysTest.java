package org.awpt.adapters.discord.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every literal message key the main code asks for is in the English bundle. */
class BundleKeysTest {
    private static final Pattern KEY = Pattern.compile("\\.get\\(\"([a-z_]+(?:\\.[a-z_]+)+)\"");

    @Test
    void everyKeyUsedInTheCodeHasAnEnglishText() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Messages messages = Messages.english();
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used).allSatisfy(key -> assertThat(messages.has(key)).as(key).isTrue());
    }

    @Test
    void everyTextIsAMessageFormatAndNoCountIsFollowedByAFixedPluralNoun() {
        // "{count} keys" reads "1 keys": a count before a noun goes through {count, plural, one {...} other {...}}.
        Pattern fixedPlural = Pattern.compile("\\{(?!type})[A-Za-z]+}\\s+(\\{type}\\s+)?(audit\\s+)?"
                + "(keys|days|bytes|seconds|minutes|hours|events|lines|licenses|requests|sales|types)\\b");
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
        assertThat(bundle.keySet()).allSatisfy(key -> {
            String text = bundle.getString(key);
            assertThat(new MessagePattern(text).countParts()).as(key).isPositive();
            assertThat(fixedPlural.matcher(text).find()).as(key + ": " + text).isFalse();
        });
    }

    @Test
    void dynamicKeysHaveTexts() {
        Messages messages = Messages.english();
        for (String status : new String[] {"awaiting_proof", "awaiting_review", "approved", "rejected", "cancelled",
            "expired"}) {
            assertThat(messages.has("manual.status." + status)).as(status).isTrue();
        }
        for (String level : new String[] {"healthy", "low", "critical", "out_of_stock"}) {
            assertThat(messages.has("payment.stock." + level)).as(level).isTrue();
        }
        for (String channel : new String[] {"direct_message", "ticket", "my_licenses", "staff"}) {
            assertThat(messages.has("delivery.channel." + channel)).as(channel).isTrue();
        }
        for (String status : new String[] {"available", "used", "requested", "revoked"}) {
            assertThat(messages.has("keys.status." + status)).as(status).isTrue();
        }
        for (String command : new String[] {"license", "requestkeys", "lockdown", "audit", "panel"}) {
            assertThat(messages.has("cmd." + command)).as(command).isTrue();
        }
    }
}
