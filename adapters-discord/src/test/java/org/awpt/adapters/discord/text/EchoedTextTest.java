package org.awpt.adapters.discord.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EchoedTextTest {

    @Test
    void markdownShowsAsTyped() {
        assertThat(EchoedText.of("**paid** via [bank](https://evil.example) ||x||", EchoedText.REASON))
                .isEqualTo("\\*\\*paid\\*\\* via \\[bank\\](https://evil.example) \\|\\|x\\|\\|");
        assertThat(EchoedText.of("# big\n> quote\n- item *****", EchoedText.REASON))
                .isEqualTo("\\# big\n\\> quote\n- item \\*\\*\\*\\*\\*");
        assertThat(EchoedText.of("plain words", EchoedText.NAME)).isEqualTo("plain words");
        assertThat(EchoedText.of(null, EchoedText.NAME)).isEmpty();
    }

    @Test
    void longTextIsCutWithAnEllipsisWithinTheCapEvenAfterEscaping() {
        String stars = "*".repeat(5_000);
        String words = "a".repeat(5_000);

        String echoedStars = EchoedText.of(stars, EchoedText.REASON);
        String echoedWords = EchoedText.of(words, EchoedText.FIELD);

        assertThat(echoedStars).hasSizeLessThanOrEqualTo(EchoedText.REASON).endsWith("\u2026").startsWith("\\*\\*")
                .doesNotContain("**");
        assertThat(echoedWords).hasSize(EchoedText.FIELD).endsWith("\u2026");
    }

    @Test
    void noEscapeIsLeftHalfAtTheCut() {
        for (int max = 16; max < 64; max++) {
            String echoed = EchoedText.of("_".repeat(200), max);
            assertThat(echoed).as("cap %d", max).hasSizeLessThanOrEqualTo(max).endsWith("\u2026")
                    .doesNotContain("\\\u2026");
        }
    }

    @Test
    void aCapTooSmallToSayAnythingIsRefused() {
        assertThatThrownBy(() -> EchoedText.of("x", 15)).isInstanceOf(IllegalArgumentException.class);
    }
}
