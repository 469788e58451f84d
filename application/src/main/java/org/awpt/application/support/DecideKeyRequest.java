package org.awpt.application.support;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.request.RequestId;

/**
 * An admin's decision on a key request (approve or deny, by the method called).
 *
 * @param requester       who decides
 * @param id              the request
 * @param lowStockConfirmed whether the admin confirmed an approval that leaves the type's stock low
 *                        (see {@link LowStockApprovalException}); audited
 */
public record DecideKeyRequest(Requester requester, RequestId id, boolean lowStockConfirmed) {
    /** Checks both parts are present. */
    public DecideKeyRequest {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(id, "id");
    }

    /** A decision without confirming a low stock. */
    public DecideKeyRequest(Requester requester, RequestId id) {
        this(requester, id, false);
    }
}
