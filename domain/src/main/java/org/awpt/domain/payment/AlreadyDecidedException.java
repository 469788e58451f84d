package org.awpt.domain.payment;

import java.util.HashMap;
import java.util.Map;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.ShopException;

/** A session was already approved, rejected, cancelled or expired: the decision is not taken again. */
public final class AlreadyDecidedException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** The status the earlier decision left. */
    private final SessionStatus status;
    /** The admin who took the earlier decision. */
    private final DiscordUserId decidedBy;

    /** Names the session's final state and who brought it there (may be {@code null} for expiry). */
    public AlreadyDecidedException(SessionId session, SessionStatus status, DiscordUserId decidedBy) {
        super("already_decided", "session " + session + " is already " + status.wireName(), details(status, decidedBy));
        this.status = status;
        this.decidedBy = decidedBy;
    }

    private static Map<String, Object> details(SessionStatus status, DiscordUserId decidedBy) {
        Map<String, Object> details = new HashMap<>();
        details.put("status", status.wireName());
        details.put("by", decidedBy == null ? "" : decidedBy.asString());
        return details;
    }

    /** The final state the session is in. */
    public SessionStatus status() {
        return status;
    }

    /** Who decided, or {@code null} when nobody did (expiry). */
    public DiscordUserId decidedBy() {
        return decidedBy;
    }
}
