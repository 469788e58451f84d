package org.awpt.domain.importing;

import java.util.List;
import java.util.Optional;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * The outcome of an import, per line.
 *
 * @param type                the license type imported
 * @param imported            keys added to the inventory
 * @param invalidLines        line numbers that are not a key
 * @param duplicateLines      line numbers repeating a key earlier in the file
 * @param alreadyPresentLines line numbers whose key was already in the inventory
 * @param firstInvalidShape   the shape of the first line that is not a key ({@link KeyShape}), empty when none
 */
public record ImportReport(LicenseTypeCode type, int imported, List<Integer> invalidLines,
        List<Integer> duplicateLines, List<Integer> alreadyPresentLines, Optional<String> firstInvalidShape) {
    /** Copies the lists. */
    public ImportReport {
        invalidLines = List.copyOf(invalidLines);
        duplicateLines = List.copyOf(duplicateLines);
        alreadyPresentLines = List.copyOf(alreadyPresentLines);
        firstInvalidShape = firstInvalidShape == null ? Optional.empty() : firstInvalidShape;
    }

    /** A report without the shape of its first invalid line. */
    public ImportReport(LicenseTypeCode type, int imported, List<Integer> invalidLines, List<Integer> duplicateLines,
            List<Integer> alreadyPresentLines) {
        this(type, imported, invalidLines, duplicateLines, alreadyPresentLines, Optional.empty());
    }

    /** Whether the file held no key at all: every non-blank line was invalid (or there was none). */
    public boolean nothingValid() {
        return imported == 0 && duplicateLines.isEmpty() && alreadyPresentLines.isEmpty();
    }

    /** Lines that were not imported, for any reason. */
    public int skipped() {
        return invalidLines.size() + duplicateLines.size() + alreadyPresentLines.size();
    }
}
