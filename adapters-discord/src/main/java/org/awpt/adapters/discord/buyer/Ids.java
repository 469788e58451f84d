package org.awpt.adapters.discord.buyer;

import org.awpt.domain.NotFoundException;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.SessionId;

/** Reads ids carried by component ids; a malformed one is "not found", never a crash. */
final class Ids {
    private Ids() {
    }

    static SessionId session(String raw) {
        try {
            return new SessionId(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("payment session", raw);
        }
    }

    static LicenseTypeCode type(String raw) {
        try {
            return new LicenseTypeCode(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("license type", raw);
        }
    }
}
