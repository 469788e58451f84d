package org.awpt.application.port;

import java.util.Objects;

/**
 * A stored key row that could not be read as a {@link org.awpt.domain.license.LicenseKey} (left by an
 * older tool or edited by hand). It is named by the store's own id for the row, never by its code.
 *
 * @param storedId the store's id of the row (a row id, a document {@code _id})
 * @param reason   why it could not be read, short and free of key codes
 */
public record UnreadableKey(String storedId, String reason) {
    /** Checks both parts are present. */
    public UnreadableKey {
        Objects.requireNonNull(storedId, "storedId");
        Objects.requireNonNull(reason, "reason");
    }
}
