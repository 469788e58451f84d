package org.awpt.application.support;

import java.util.Objects;
import java.util.Optional;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.shared.Auditor;
import org.awpt.domain.ActorId;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.request.RequestId;

/** Puts the keys reserved for a request's lines back in stock, each one audited. */
final class ReservedLines {
    private final LicenseKeyRepository keys;
    private final Auditor auditor;

    ReservedLines(LicenseKeyRepository keys, Auditor auditor) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
    }

    /**
     * Puts the keys of a request's first {@code lines} lines back in stock, auditing each one that went
     * back as released by {@code actor} for {@code reason}; how many went back.
     */
    int release(RequestId id, int lines, ActorId actor, String reason) {
        int released = 0;
        for (int line = 0; line < lines; line++) {
            OrderId order = OrderId.forKeyRequestLine(id, line);
            Optional<LicenseKey> key = keys.release(order);
            if (key.isPresent()) {
                auditor.keyReleased(actor, key.get(), order, reason);
                released++;
            }
        }
        return released;
    }
}
