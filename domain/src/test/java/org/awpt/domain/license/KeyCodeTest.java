package org.awpt.domain.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.domain.TestData.KEY_TEXT;

import org.awpt.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {KEY_TEXT, "00000000000000000000000000000000", "ABCD", "AB1CD-EF2GH-IJ3KL-MN4OP-QR5ST",
        "{6F9619FF-8B86-D011-B42D-00CF4FC964FF}", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"})
    void acceptsFourTo128VisibleAsciiCharacters(String text) {
        assertThat(KeyCode.isValid(text)).isTrue();
        assertThat(new KeyCode(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "ABC", // 3
        "AbCdEfGhIjKlMnOp rStUvWxYz012345", // inner space
        "AbCdEfGhIjKlMnOp\trStUvWxYz012345", // inner tab
        "AbCdEfGhIjKlMnOp\u007frStUvWxYz012345", // control
        " AbCdEfGhIjKlMnOpQrStUvWxYz012345", // surrounding space is not stripped by the constructor
        "\u00e9bCdEfGhIjKlMnOpQrStUvWxYz012345" // non-ASCII letter
    })
    void refusesAnythingElseNamingTheField(String text) {
        assertThat(KeyCode.isValid(text)).isFalse();
        assertThatThrownBy(() -> new KeyCode(text))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("license key"));
    }

    @Test
    void refusesMoreThan128Characters() {
        assertThat(KeyCode.isValid("A".repeat(128))).isTrue();
        assertThat(KeyCode.isValid("A".repeat(129))).isFalse();
    }

    @Test
    void parseIgnoresSurroundingSpaces() {
        assertThat(KeyCode.parse("  " + KEY_TEXT + "\t")).contains(new KeyCode(KEY_TEXT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "abc", "AbCdEfGhIjKlMnOp rStUvWxYz012345"})
    void parseOfAMalformedTextIsEmpty(String text) {
        assertThat(KeyCode.parse(text)).isEmpty();
    }

    @Test
    void maskedShowsOnlyFirstAndLastFour() {
        KeyCode code = new KeyCode(KEY_TEXT);
        assertThat(code.masked()).isEqualTo("AbCd\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20222345");
        assertThat(code.masked()).doesNotContain(KEY_TEXT.substring(4, 28));
    }

    @Test
    void toStringNeverShowsTheFullKey() {
        KeyCode code = new KeyCode(KEY_TEXT);
        assertThat(code.toString()).isEqualTo(code.masked()).doesNotContain(KEY_TEXT);
        for (int i = 4; i + 5 <= 28; i++) {
            assertThat(code.toString()).doesNotContain(KEY_TEXT.substring(i, i + 5));
        }
        assertThat(code.value()).isEqualTo(KEY_TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCD", "ABCDEFG", "ABCDEFGH", "AB1CD-EF2GH-IJ3KL", "AB1CD-EF2GH-IJ3KL-MN4OP-QR5ST",
        "A123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"})
    void aMaskHidesAtLeastHalfOfAnyCode(String text) {
        String masked = new KeyCode(text).masked();
        int shown = masked.replace("\u2022", "").length();

        assertThat(masked).contains("\u2022".repeat(8)).isNotEqualTo(text);
        assertThat(shown).isLessThanOrEqualTo(Math.min(8, text.length() / 2));
        assertThat(masked).startsWith(text.substring(0, shown / 2)).endsWith(text.substring(text.length() - shown / 2));
    }
}
