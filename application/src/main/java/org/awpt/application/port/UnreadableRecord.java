package org.awpt.application.port;

import java.util.Objects;

/**
 * A stored row that could not be read as a record (left by an older tool or edited by hand), named
 * by the store's own id for the row and never by its content (it may hold a key code).
 *
 * @param storedId the store's id of the row (a row id, a document {@code _id}, a primary key)
 * @param reason   why it could not be read, short
 */
public record UnreadableRecord(String storedId, String reason) {
    /** Checks both parts are present. */
    public UnreadableRecord {
        Objects.requireNonNull(storedId, "storedId");
        Objects.requireNonNull(reason, "reason");
    }
}
