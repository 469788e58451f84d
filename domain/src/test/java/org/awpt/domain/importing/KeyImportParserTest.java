package org.awpt.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.awpt.domain.TestData;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyFormat;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyImportParserTest {
    private static final String A = TestData.key(1).value();
    private static final String B = TestData.key(2).value();
    private static final String C = TestData.key(3).value();
    private final KeyImportParser parser = new KeyImportParser(ImportLimits.defaults(), KeyFormat.original());

    private static List<String> codes(ImportPlan plan) {
        return plan.keys().stream().map(k -> k.code().value()).toList();
    }

    private static List<Integer> lines(ImportPlan plan) {
        return plan.keys().stream().map(NumberedKey::line).toList();
    }

    @ParameterizedTest(name = "separator {index}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void readsOneKeyPerLineWhateverTheLineEnd(String eol) {
        ImportPlan plan = parser.parse(A + eol + B + eol + C + eol);
        assertThat(codes(plan)).containsExactly(A, B, C);
        assertThat(lines(plan)).containsExactly(1, 2, 3);
        assertThat(plan.invalidLines()).isEmpty();
        assertThat(plan.duplicateLines()).isEmpty();
    }

    @Test
    void mixedLineEndsCountLinesCorrectly() {
        ImportPlan plan = parser.parse(A + "\r\n" + B + "\n" + C + "\r" + "bad");
        assertThat(lines(plan)).containsExactly(1, 2, 3);
        assertThat(plan.invalidLines()).containsExactly(4);
    }

    @Test
    void aUtf8ByteOrderMarkIsIgnored() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (A + "\r\n" + B + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        ImportPlan plan = parser.parse(file);
        assertThat(codes(plan)).containsExactly(A, B);
        assertThat(plan.invalidLines()).isEmpty();
        assertThat(codes(parser.parse("\uFEFF" + A))).containsExactly(A);
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        ImportPlan plan = parser.parse("\n" + A + "\n\n   \n\t\n" + B + "\n\n");
        assertThat(codes(plan)).containsExactly(A, B);
        assertThat(lines(plan)).containsExactly(2, 6);
        assertThat(plan.invalidLines()).isEmpty();
        assertThat(plan.duplicateLines()).isEmpty();
    }

    @Test
    void surroundingSpacesAreIgnored() {
        ImportPlan plan = parser.parse("  " + A + "  \n\t" + B + "\t\r\n");
        assertThat(codes(plan)).containsExactly(A, B);
    }

    @Test
    void invalidLinesAreReportedWithTheirNumbers() {
        String text = String.join("\n", A, "too-short", A.substring(1), A + "X", B, "AbCd EfGh", "!" + C.substring(1), C);
        ImportPlan plan = parser.parse(text);
        assertThat(codes(plan)).containsExactly(A, B, C);
        assertThat(lines(plan)).containsExactly(1, 5, 8);
        assertThat(plan.invalidLines()).containsExactly(2, 3, 4, 6, 7);
    }

    @Test
    void repeatsWithinTheFileAreReportedWithTheirNumbersAndTheFirstIsKept() {
        String text = String.join("\n", A, B, " " + A, C, A, B);
        ImportPlan plan = parser.parse(text);
        assertThat(codes(plan)).containsExactly(A, B, C);
        assertThat(lines(plan)).containsExactly(1, 2, 4);
        assertThat(plan.duplicateLines()).containsExactly(3, 5, 6);
    }

    @Test
    void aPlanNeverShowsTheFullKeys() {
        String text = parser.parse(A + "\n" + B).toString();
        assertThat(text).doesNotContain(A).doesNotContain(B).contains(new KeyCode(A).masked());
    }

    @Test
    void anEmptyFileHasNothing() {
        ImportPlan plan = parser.parse(new byte[0]);
        assertThat(plan.keys()).isEmpty();
        assertThat(plan.invalidLines()).isEmpty();
        assertThat(plan.duplicateLines()).isEmpty();
    }

    @Test
    void aFileOverTheByteLimitIsRefusedWhole() {
        KeyImportParser small = new KeyImportParser(new ImportLimits(33, 100), KeyFormat.original());
        assertThat(codes(small.parse((A + "\n").getBytes(StandardCharsets.UTF_8)))).containsExactly(A);
        assertThatThrownBy(() -> small.parse((A + "\n\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportTooLargeException.class, e -> {
                    assertThat(e.code()).isEqualTo("import_too_large");
                    assertThat(e.details()).containsEntry("unit", "bytes").containsEntry("actual", 34L)
                            .containsEntry("limit", 33L);
                    assertThat(e).hasMessage("key file has 34 bytes, the limit is 33");
                });
    }

    @Test
    void aTextOverTheByteLimitIsRefusedToo() {
        KeyImportParser small = new KeyImportParser(new ImportLimits(33, 100), KeyFormat.original());
        assertThat(codes(small.parse(A + "\n"))).containsExactly(A);
        assertThatThrownBy(() -> small.parse(A + "\n\n"))
                .isInstanceOfSatisfying(ImportTooLargeException.class,
                        e -> assertThat(e.details()).containsEntry("unit", "bytes").containsEntry("actual", 34L));
    }

    @Test
    void aFileOverTheLineLimitIsRefusedWhole() {
        KeyImportParser threeLines = new KeyImportParser(new ImportLimits(1 << 20, 3), KeyFormat.original());
        assertThat(codes(threeLines.parse(A + "\n" + B + "\n" + C + "\n"))).containsExactly(A, B, C);
        assertThat(codes(threeLines.parse(A + "\n" + B + "\n" + C))).containsExactly(A, B, C);
        assertThatThrownBy(() -> threeLines.parse(A + "\n" + B + "\n" + C + "\n\n"))
                .isInstanceOfSatisfying(ImportTooLargeException.class, e ->
                        assertThat(e.details()).containsEntry("unit", "lines").containsEntry("actual", 4L)
                                .containsEntry("limit", 3L));
        assertThatThrownBy(() -> threeLines.parse((A + "\n" + B + "\n" + C + "\n" + A).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportTooLargeException.class);
    }

    @Test
    void defaultLimitsAreFourMebibytesAndAHundredThousandLines() {
        assertThat(ImportLimits.defaults()).isEqualTo(new ImportLimits(4L * 1024 * 1024, 100_000));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(A);
        }
        ImportPlan plan = parser.parse(String.join("\n", many) + "\n");
        assertThat(plan.keys()).hasSize(1);
        assertThat(plan.duplicateLines()).hasSize(99_999);
        many.add(B);
        assertThatThrownBy(() -> parser.parse(String.join("\n", many)))
                .isInstanceOf(ImportTooLargeException.class)
                .hasMessageContaining("lines");
    }

    @Test
    void limitsArePositive() {
        assertThatThrownBy(() -> new ImportLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImportLimits(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyImportParser(null, KeyFormat.original())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new KeyImportParser(ImportLimits.defaults(), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNumberedKeyHasALineFromOne() {
        KeyCode code = new KeyCode(A);
        assertThat(new NumberedKey(1, code).line()).isEqualTo(1);
        assertThatThrownBy(() -> new NumberedKey(0, code)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberedKey(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aReportCountsSkippedLinesAndCopiesItsLists() {
        List<Integer> invalid = new ArrayList<>(List.of(2, 3));
        ImportReport report = new ImportReport(LicenseTypeCode.WEEKLY, 5, invalid, List.of(4), List.of(7, 8, 9),
                Optional.empty(), KeyFormat.original());
        invalid.clear();
        assertThat(report.skipped()).isEqualTo(6);
        assertThat(report.invalidLines()).containsExactly(2, 3);
        assertThat(report.imported()).isEqualTo(5);
    }

    @Test
    void aPlanCopiesItsLists() {
        List<Integer> invalid = new ArrayList<>(List.of(1));
        ImportPlan plan = new ImportPlan(List.of(), invalid, List.of());
        invalid.add(2);
        assertThat(plan.invalidLines()).containsExactly(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void unicodeTextWithItsByteOrderMarkIsReadInItsEncoding(String encoding) {
        byte[] file = ("\uFEFF" + A + "\r\n" + B + "\r\n").getBytes(java.nio.charset.Charset.forName(encoding));

        ImportPlan plan = parser.parse(file);

        assertThat(codes(plan)).containsExactly(A, B);
        assertThat(plan.invalidLines()).isEmpty();
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRefusedNamingTheEncodingExpected() {
        byte[] file = (A + "\n" + B + "\n").getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(org.awpt.domain.InvalidInputException.class)
                .hasMessageContaining("UTF-8").hasMessageContaining("UTF-16");
    }

    @Test
    void thePlanShowsTheShapeOfTheFirstInvalidLineButNotItsText() {
        ImportPlan plan = parser.parse(A + "\nAB12c-DEF34-56ghi\nzzz\n");

        assertThat(plan.firstInvalidShape()).contains("AA99a-AAA99-99aaa");
        assertThat(parser.parse(A + "\n").firstInvalidShape()).isEmpty();
    }
    @Test
    void eachLineIsCheckedAgainstTheTypesFormat() {
        KeyFormat dashed = new KeyFormat.Expression("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}", null);
        KeyImportParser parser = new KeyImportParser(ImportLimits.defaults(), dashed);

        ImportPlan plan = parser.parse("AB1CD-EF2GH-IJ3KL-MN4OP-QR5ST\n" + A + "\nab1cd-ef2gh-ij3kl-mn4op-qr5st\n");

        assertThat(codes(plan)).containsExactly("AB1CD-EF2GH-IJ3KL-MN4OP-QR5ST");
        assertThat(plan.invalidLines()).containsExactly(2, 3);
        assertThat(plan.firstInvalidShape()).contains(KeyShape.of(A));
    }

    @Test
    void theOriginalFormatRefusesADashedFileLineByLine() {
        ImportPlan plan = parser.parse("AB1CD-EF2GH-IJ3KL-MN4OP-QR5ST\nAB1CD-EF2GH-IJ3KL-MN4OP-QR5SU\n");

        assertThat(plan.keys()).isEmpty();
        assertThat(plan.invalidLines()).containsExactly(1, 2);
        assertThat(plan.firstInvalidShape()).contains("AA9AA-AA9AA-AA9AA-AA9AA-AA9AA");
    }
}
