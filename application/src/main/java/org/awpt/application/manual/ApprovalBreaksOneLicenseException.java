package org.awpt.application.manual;

import java.time.Instant;
import java.util.Map;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.ShopException;
import org.awpt.domain.payment.SessionId;

/**
 * Approving would give the buyer a second active license (they got one since they paid). Nothing was
 * changed: the admin approves anyway, as an explicit and audited choice (a gift), or rejects.
 */
public final class ApprovalBreaksOneLicenseException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the session, its buyer and when their active license ends. */
    public ApprovalBreaksOneLicenseException(SessionId session, DiscordUserId buyer, Instant expiresAt) {
        super("approval_breaks_one_license", buyer + " holds an active license until " + expiresAt,
                Map.of("session", session.value(), "buyer", buyer.asString(), "expiresAt", expiresAt));
    }
}
