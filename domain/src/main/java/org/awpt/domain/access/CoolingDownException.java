package org.awpt.domain.access;

import java.time.Instant;
import java.util.Map;
import org.awpt.domain.ShopException;

/** A user must wait before trying an action again. */
public final class CoolingDownException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** When the action may be tried again. */
    private final Instant retryAt;

    /** Names the action and when it may be tried again. */
    public CoolingDownException(CooldownAction action, Instant retryAt) {
        super("cooling_down", action + " cooling down until " + retryAt,
                Map.of("action", action.code(), "retryAt", retryAt));
        this.retryAt = retryAt;
    }

    /** When the user may try again. */
    public Instant retryAt() {
        return retryAt;
    }
}
