package org.awpt.domain.importing;

import java.util.List;
import java.util.Optional;

/**
 * What a key file holds: well-formed keys to insert (first occurrence of each), lines that are not
 * keys, and lines that repeat a key seen earlier in the file. Blank lines are neither.
 *
 * @param keys             distinct well-formed keys, in file order
 * @param invalidLines     line numbers that are not a key of the type's format
 * @param duplicateLines   line numbers that repeat an earlier line's key
 * @param firstInvalidShape the shape of the first line that is not a key ({@link KeyShape}), empty when none
 */
public record ImportPlan(List<NumberedKey> keys, List<Integer> invalidLines, List<Integer> duplicateLines,
        Optional<String> firstInvalidShape) {
    /** Copies the lists. */
    public ImportPlan {
        keys = List.copyOf(keys);
        invalidLines = List.copyOf(invalidLines);
        duplicateLines = List.copyOf(duplicateLines);
        firstInvalidShape = firstInvalidShape == null ? Optional.empty() : firstInvalidShape;
    }

    /** A plan without the shape of its first invalid line. */
    public ImportPlan(List<NumberedKey> keys, List<Integer> invalidLines, List<Integer> duplicateLines) {
        this(keys, invalidLines, duplicateLines, Optional.empty());
    }
}
