package org.awpt.domain.access;

import java.util.Map;
import org.awpt.domain.ShopException;

/** A feature is locked down by an admin. */
public final class LockedDownException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the feature and the admin's reason. */
    public LockedDownException(Feature feature, String reason) {
        super("locked_down", feature + " is locked down: " + reason,
                Map.of("feature", feature.code(), "reason", reason));
    }
}
