package org.awpt.application.support;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.request.RequestId;

/**
 * An admin's decision on a key request (approve or deny, by the method called).
 *
 * @param requester who decides
 * @param id        the request
 */
public record DecideKeyRequest(Requester requester, RequestId id) {
    /** Checks both parts are present. */
    public DecideKeyRequest {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(id, "id");
    }
}
