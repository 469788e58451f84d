package org.awpt.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.domain.TestData.T0;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProofTest {
    static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R');
    static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F');
    static final byte[] WEBP = bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ');
    static final byte[] GIF = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] TEXT = "I paid, trust me".getBytes(StandardCharsets.UTF_8);
    static final byte[] WAVE = bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' ');

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static Stream<Arguments> images() {
        return Stream.of(Arguments.of(PNG, ProofFormat.PNG, "image/png"),
                Arguments.of(JPEG, ProofFormat.JPEG, "image/jpeg"),
                Arguments.of(WEBP, ProofFormat.WEBP, "image/webp"));
    }

    @ParameterizedTest
    @MethodSource("images")
    void recognisesImagesByTheirFirstBytes(byte[] file, ProofFormat format, String contentType) {
        assertThat(ProofFormat.detect(file)).contains(format);
        assertThat(format.contentType()).isEqualTo(contentType);
        assertThat(ProofFormat.fromContentType(contentType.toUpperCase())).contains(format);
        assertThat(ProofPolicy.defaults().check(file)).isEqualTo(format);
    }

    @ParameterizedTest
    @MethodSource("images")
    void theSignatureAloneIsEnough(byte[] file, ProofFormat format, String contentType) {
        int signature = format == ProofFormat.PNG ? 8 : format == ProofFormat.JPEG ? 3 : 12;
        assertThat(ProofFormat.detect(Arrays.copyOf(file, signature))).contains(format);
    }

    static Stream<byte[]> notImages() {
        byte[] webpWithoutRiff = WEBP.clone();
        webpWithoutRiff[0] = 'X';
        return Stream.of(GIF, TEXT, WAVE, webpWithoutRiff, new byte[0], Arrays.copyOf(PNG, 7), Arrays.copyOf(WEBP, 11),
                Arrays.copyOf(JPEG, 2), bytes('R', 'I', 'F', 'F'));
    }

    @ParameterizedTest
    @MethodSource("notImages")
    void refusesAGifATextFileAndTruncatedHeaders(byte[] file) {
        assertThat(ProofFormat.detect(file)).isEmpty();
        assertThatThrownBy(() -> ProofPolicy.defaults().check(file))
                .isInstanceOfSatisfying(InvalidProofException.class,
                        e -> assertThat(e.code()).isEqualTo("proof_not_image"));
    }

    @Test
    void nothingIsNotAnImage() {
        assertThat(ProofFormat.detect(null)).isEmpty();
        assertThatThrownBy(() -> ProofPolicy.defaults().check(null))
                .isInstanceOfSatisfying(InvalidProofException.class,
                        e -> assertThat(e.code()).isEqualTo("proof_not_image"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"image/gif", "text/plain", "image/png; charset=x"})
    void unknownContentTypesHaveNoFormat(String contentType) {
        assertThat(ProofFormat.fromContentType(contentType)).isEmpty();
    }

    @Test
    void theSizeCapIsInclusive() {
        ProofPolicy policy = new ProofPolicy(PNG.length + 4L);
        assertThat(policy.check(Arrays.copyOf(PNG, PNG.length + 4))).isEqualTo(ProofFormat.PNG);
        assertThatThrownBy(() -> policy.check(Arrays.copyOf(PNG, PNG.length + 5)))
                .isInstanceOfSatisfying(InvalidProofException.class, e -> {
                    assertThat(e.code()).isEqualTo("proof_too_large");
                    assertThat(e.details()).containsEntry("size", (long) PNG.length + 5)
                            .containsEntry("max", (long) PNG.length + 4);
                });
    }

    @Test
    void theDefaultCapIsEightMebibytes() {
        assertThat(ProofPolicy.DEFAULT_MAX_BYTES).isEqualTo(8L * 1024 * 1024);
        assertThat(ProofPolicy.defaults().maxBytes()).isEqualTo(ProofPolicy.DEFAULT_MAX_BYTES);
        byte[] tooLarge = Arrays.copyOf(JPEG, (int) ProofPolicy.DEFAULT_MAX_BYTES + 1);
        assertThatThrownBy(() -> ProofPolicy.defaults().check(tooLarge))
                .isInstanceOfSatisfying(InvalidProofException.class,
                        e -> assertThat(e.code()).isEqualTo("proof_too_large"));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void theCapIsPositive(long cap) {
        assertThatThrownBy(() -> new ProofPolicy(cap)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoredProofNamesItsPlaceFormatAndSize() {
        Proof proof = new Proof("store-1", ProofFormat.WEBP, 10, T0);
        assertThat(proof.contentType()).isEqualTo("image/webp");
        assertThatThrownBy(() -> new Proof(null, ProofFormat.PNG, 1, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Proof(" ", ProofFormat.PNG, 1, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Proof("s", null, 1, T0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Proof("s", ProofFormat.PNG, 1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Proof("s", ProofFormat.PNG, 0, T0)).isInstanceOf(IllegalArgumentException.class);
    }
}
