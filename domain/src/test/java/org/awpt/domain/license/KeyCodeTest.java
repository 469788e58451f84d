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
    @ValueSource(strings = {KEY_TEXT, "00000000000000000000000000000000", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ"})
    void acceptsThirtyTwoLettersOrDigits(String text) {
        assertThat(KeyCode.isValid(text)).isTrue();
        assertThat(new KeyCode(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "AbCdEfGhIjKlMnOpQrStUvWxYz01234", // 31
        "AbCdEfGhIjKlMnOpQrStUvWxYz0123456", // 33
        "AbCdEfGhIjKlMnOp-rStUvWxYz012345", // symbol
        "AbCdEfGhIjKlMnOp rStUvWxYz012345", // inner space
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
    void parseIgnoresSurroundingSpaces() {
        assertThat(KeyCode.parse("  " + KEY_TEXT + "\t")).contains(new KeyCode(KEY_TEXT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "short", "AbCdEfGhIjKlMnOp rStUvWxYz012345"})
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
        assertThat(KeyCode.LENGTH).isEqualTo(32);
    }
}
