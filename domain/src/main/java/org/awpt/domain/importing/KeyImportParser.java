package org.awpt.domain.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.awpt.domain.license.KeyCode;

/**
 * Reads a key file: one key per line; CRLF, a UTF-8 byte order mark, blank lines and surrounding
 * spaces are tolerated; files over the limits are refused whole.
 */
public final class KeyImportParser {
    private final ImportLimits limits;

    /** A parser refusing files over these limits. */
    public KeyImportParser(ImportLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Reads the file's bytes as UTF-8, or refuses with {@link ImportTooLargeException}. */
    public ImportPlan parse(byte[] file) {
        if (file.length > limits.maxBytes()) {
            throw new ImportTooLargeException("bytes", file.length, limits.maxBytes());
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
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r\n|\r|\n", -1);
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
        for (int i = 0; i < count; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!KeyCode.isValid(line)) {
                invalid.add(lineNumber);
            } else if (seen.putIfAbsent(line, lineNumber) != null) {
                duplicates.add(lineNumber);
            } else {
                keys.add(new NumberedKey(lineNumber, new KeyCode(line)));
            }
        }
        return new ImportPlan(keys, invalid, duplicates);
    }
}
