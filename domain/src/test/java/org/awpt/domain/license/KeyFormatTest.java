package org.awpt.domain.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyFormatTest {
    private static final String DASHED = "AB1CD-EF2GH-IJ3KL-MN4OP-QR5ST";

    @Test
    void theOriginalFormatIsThirtyTwoLettersOrDigits() {
        KeyFormat original = KeyFormat.original();

        assertThat(original.accepts("AbCdEfGhIjKlMnOpQrStUvWxYz012345")).isTrue();
        assertThat(original.accepts("AbCdEfGhIjKlMnOpQrStUvWxYz01234")).isFalse();
        assertThat(original.accepts("AbCdEfGhIjKlMnOp-rStUvWxYz012345")).isFalse();
        assertThat(original.accepts(DASHED)).isFalse();
        assertThat(original.description()).isEqualTo("exactly 32 letters or digits (A-Z, a-z, 0-9)");
    }

    @Test
    void aLengthAndAlphabetAcceptsExactlyThatLengthOfThoseCharacters() {
        KeyFormat format = new KeyFormat.Alphabet(29, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", null);

        assertThat(format.accepts(DASHED)).isTrue();
        assertThat(format.accepts(DASHED.toLowerCase())).isFalse();
        assertThat(format.accepts(DASHED + "A")).isFalse();
        assertThat(format.accepts(DASHED.replace('-', '_'))).isFalse();
        assertThat(format.description()).isEqualTo("exactly 29 characters, each one of - 0-9 A-Z");
    }

    @Test
    void aDescriptionGivenReplacesTheWordedOne() {
        assertThat(new KeyFormat.Alphabet(8, "ab", " two letters ").description()).isEqualTo("two letters");
        assertThat(new KeyFormat.Expression("[a-f0-9]{40}", "a hex SHA-1").description()).isEqualTo("a hex SHA-1");
        assertThat(new KeyFormat.Expression("[a-f0-9]{40}", null).description())
                .isEqualTo("a line matching the regular expression [a-f0-9]{40}");
    }

    @Test
    void anExpressionMustMatchTheWholeLineAndStillBeAKeyCode() {
        KeyFormat format = new KeyFormat.Expression("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}", null);
        KeyFormat anything = new KeyFormat.Expression(".*", null);

        assertThat(format.accepts(DASHED)).isTrue();
        assertThat(format.accepts("x" + DASHED)).isFalse();
        assertThat(anything.accepts("AB CD")).isFalse();
        assertThat(anything.accepts("ABC")).isFalse();
        assertThat(anything.accepts("\u00e9\u00e9\u00e9\u00e9")).isFalse();
        assertThat(format.parse("  " + DASHED + "\t")).contains(new KeyCode(DASHED));
        assertThat(format.parse("nope")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 129, -1})
    void aLengthOutsideWhatAKeyCodeCanBeIsRefused(int length) {
        assertThatThrownBy(() -> new KeyFormat.Alphabet(length, "AB", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 to 128");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AB CD", "ABC\u00e9", "AB\tC"})
    void anAlphabetOfNothingOrOfInvisibleCharactersIsRefused(String alphabet) {
        assertThatThrownBy(() -> new KeyFormat.Alphabet(8, alphabet, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyFormat.Alphabet(8, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMalformedExpressionIsRefusedSayingWhy() {
        assertThatThrownBy(() -> new KeyFormat.Expression("[A-Z", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a regular expression")
                .hasMessageContaining("near index");
        assertThatThrownBy(() -> new KeyFormat.Expression(" ", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyFormat.Expression("a".repeat(501), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expressionsAreEqualByTheirTextAndWords() {
        assertThat(new KeyFormat.Expression("[a-z]{8}", null)).isEqualTo(new KeyFormat.Expression("[a-z]{8}", null))
                .hasSameHashCodeAs(new KeyFormat.Expression("[a-z]{8}", null))
                .isNotEqualTo(new KeyFormat.Expression("[a-z]{9}", null));
        assertThat(new KeyFormat.Expression("[a-z]{8}", null).regex()).isEqualTo("[a-z]{8}");
    }

    @Test
    void aTypeWithoutAFormatOfItsOwnTakesTheOriginal() {
        KeyFormat dashed = new KeyFormat.Alphabet(29, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", null);
        KeyFormats formats = new KeyFormats(Map.of(LicenseTypeCode.WEEKLY, dashed));

        assertThat(formats.of(LicenseTypeCode.WEEKLY)).isEqualTo(dashed);
        assertThat(formats.of(LicenseTypeCode.MONTHLY)).isEqualTo(KeyFormat.original());
        assertThat(formats.isConfigured(LicenseTypeCode.WEEKLY)).isTrue();
        assertThat(formats.isConfigured(LicenseTypeCode.MONTHLY)).isFalse();
        assertThat(KeyFormats.defaults().of(LicenseTypeCode.WEEKLY)).isEqualTo(KeyFormat.original());
    }
}
