package org.awpt.domain.importing;

import java.util.List;

/**
 * What a key file holds: well-formed keys to insert (first occurrence of each), lines that are not
 * keys, and lines that repeat a key seen earlier in the file. Blank lines are neither.
 *
 * @param keys             distinct well-formed keys, in file order
 * @param invalidLines     line numbers that are not a 32-character key
 * @param duplicateLines   line numbers that repeat an earlier line's key
 */
public record ImportPlan(List<NumberedKey> keys, List<Integer> invalidLines, List<Integer> duplicateLines) {
    /** Copies the lists. */
    public ImportPlan {
        keys = List.copyOf(keys);
        invalidLines = List.copyOf(invalidLines);
        duplicateLines = List.copyOf(duplicateLines);
    }
}
