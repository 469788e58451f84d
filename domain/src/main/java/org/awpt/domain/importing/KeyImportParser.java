package org.awpt.domain.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyFormat;

/**
 * Reads a key file of one license type: one key per line, in that type's {@link KeyFormat}; CRLF, blank lines and surrounding spaces are tolerated; text
 * in UTF-8 (with or without a byte order mark) or in UTF-16 or UTF-32 with their byte order mark (as
 * Windows editors save "Unicode" text); files over the limits are refused whole.
 */
public final class KeyImportParser {
    /** Byte order marks, longest first (UTF-32 LE starts like UTF-16 LE). */
    private static final List<Map.Entry<byte[], Charset>> MARKS = List.of(
            Map.entry(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, Charset.forName("UTF-32BE")),
            Map.entry(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, Charset.forName("UTF-32LE")),
            Map.entry(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
            Map.entry(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
            Map.entry(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE));

    private final ImportLimits limits;
    private final KeyFormat format;

    /** A parser of keys in this format, refusing files over these limits. */
    public KeyImportParser(ImportLimits limits, KeyFormat format) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * Reads the file's bytes in the encoding its byte order mark names (UTF-8 without one), or refuses
     * with {@link ImportTooLargeException}, or with {@link InvalidInputException} for text that is
     * not UTF-8 but carries no mark (NUL bytes: UTF-16 or UTF-32 saved without one).
     */
    public ImportPlan parse(byte[] file) {
        if (file.length > limits.maxBytes()) {
            throw new ImportTooLargeException("bytes", file.length, limits.maxBytes());
        }
        for (Map.Entry<byte[], Charset> mark : MARKS) {
            byte[] bom = mark.getKey();
            if (file.length >= bom.length && Arrays.equals(file, 0, bom.length, bom, 0, bom.length)) {
                return plan(new String(file, bom.length, file.length - bom.length, mark.getValue()));
            }
        }
        for (byte b : file) {
            if (b == 0) {
                throw new InvalidInputException("key file", "text in UTF-8 (this file holds NUL bytes, as UTF-16 or"
                        + " UTF-32 text without a byte order mark does: save it as UTF-8)");
            }
        }
        return plan(new String(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads the file's text, or refuses with {@link ImportTooLargeException}; the size limit applies
     * to the text's UTF-8 bytes, as if it had come as a file.
     */
    public ImportPlan parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportPlan plan(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--;
        }
        if (count > limits.maxLines()) {
            throw new ImportTooLargeException("lines", count, limits.maxLines());
        }
        List<NumberedKey> keys = new ArrayList<>();
        List<Integer> invalid = new ArrayList<>();
        List<Integer> duplicates = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String firstInvalidShape = null;
        for (int i = 0; i < count; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!format.accepts(line)) {
                invalid.add(lineNumber);
                if (firstInvalidShape == null) {
                    firstInvalidShape = KeyShape.of(line);
                }
            } else if (seen.putIfAbsent(line, lineNumber) != null) {
                duplicates.add(lineNumber);
            } else {
                keys.add(new NumberedKey(lineNumber, new KeyCode(line)));
            }
        }
        return new ImportPlan(keys, invalid, duplicates, Optional.ofNullable(firstInvalidShape));
    }
}
