package org.awpt.application.inventory;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * An admin's key file to import.
 *
 * @param requester who asks
 * @param type      the license type of every key in the file
 * @param file      the file's bytes, UTF-8 text with one key per line
 */
public record ImportKeys(Requester requester, LicenseTypeCode type, byte[] file) {
    /** Checks every part is present. */
    public ImportKeys {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(file, "file");
    }
}
