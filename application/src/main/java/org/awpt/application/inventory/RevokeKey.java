package org.awpt.application.inventory;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.KeyCode;

/**
 * An admin's order to revoke a key.
 *
 * @param requester who asks
 * @param code      the key
 * @param reason    why (refund, chargeback, leak); required
 */
public record RevokeKey(Requester requester, KeyCode code, String reason) {
    /** Checks the requester and key are present. */
    public RevokeKey {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(code, "code");
    }
}
