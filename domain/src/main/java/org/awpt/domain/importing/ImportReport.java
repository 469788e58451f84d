package org.awpt.domain.importing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awpt.domain.license.KeyFormat;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * The outcome of an import, per line.
 *
 * @param type                the license type imported
 * @param imported            keys added to the inventory
 * @param invalidLines        line numbers that are not a key of the expected format
 * @param duplicateLines      line numbers repeating a key earlier in the file
 * @param alreadyPresentLines line numbers whose key was already in the inventory
 * @param firstInvalidShape   the shape of the first line that is not a key ({@link KeyShape}), empty when none
 * @param expectedFormat      the format every line was checked against, the type's
 */
public record ImportReport(LicenseTypeCode type, int imported, List<Integer> invalidLines,
        List<Integer> duplicateLines, List<Integer> alreadyPresentLines, Optional<String> firstInvalidShape,
        KeyFormat expectedFormat) {
    /** Copies the lists; checks the format is present. */
    public ImportReport {
        Objects.requireNonNull(expectedFormat, "expectedFormat");
        invalidLines = List.copyOf(invalidLines);
        duplicateLines = List.copyOf(duplicateLines);
        alreadyPresentLines = List.copyOf(alreadyPresentLines);
        firstInvalidShape = firstInvalidShape == null ? Optional.empty() : firstInvalidShape;
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
