package org.awpt.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyShapeTest {

    @Test
    void lettersAndDigitsAreReplacedAndTheRestKept() {
        assertThat(KeyShape.of("Ab3-xY9 z_")).isEqualTo("Aa9-aA9 a_");
    }

    @Test
    void controlCharactersAreShownAsQuestionMarks() {
        assertThat(KeyShape.of("a\u0000b\tc")).isEqualTo("a?a?a");
    }

    @Test
    void aLongLineIsCutWithItsLength() {
        String line = "x".repeat(KeyShape.MAX_SHOWN + 2);

        assertThat(KeyShape.of(line)).isEqualTo("a".repeat(KeyShape.MAX_SHOWN) + "... (50 characters)");
    }
}
