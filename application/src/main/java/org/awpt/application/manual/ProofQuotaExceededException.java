package org.awpt.application.manual;

import java.util.Map;
import org.awpt.domain.ShopException;

/** The buyer uploaded as many proof bytes as the shop takes from one buyer in a day. Nothing was stored. */
public final class ProofQuotaExceededException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names what was uploaded in the last 24 hours, the new file's size and the limit. */
    public ProofQuotaExceededException(long uploaded, long size, long max) {
        super("proof_quota_exceeded", uploaded + " + " + size + " proof bytes in 24 hours exceed " + max,
                Map.of("uploaded", uploaded, "size", size, "max", max));
    }
}
