package org.awpt.domain.importing;

import java.util.List;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * The outcome of an import, per line.
 *
 * @param type                the license type imported
 * @param imported            keys added to the inventory
 * @param invalidLines        line numbers that are not a key
 * @param duplicateLines      line numbers repeating a key earlier in the file
 * @param alreadyPresentLines line numbers whose key was already in the inventory
 */
public record ImportReport(LicenseTypeCode type, int imported, List<Integer> invalidLines,
        List<Integer> duplicateLines, List<Integer> alreadyPresentLines) {
    /** Copies the lists. */
    public ImportReport {
        invalidLines = List.copyOf(invalidLines);
        duplicateLines = List.copyOf(duplicateLines);
        alreadyPresentLines = List.copyOf(alreadyPresentLines);
    }

    /** Lines that were not imported, for any reason. */
    public int skipped() {
        return invalidLines.size() + duplicateLines.size() + alreadyPresentLines.size();
    }
}
