package org.awpt.domain.storefront;

import java.time.Instant;
import java.util.Objects;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * A buyer sent to the external storefront for a license type; open until cancelled.
 *
 * @param id          its id
 * @param buyer       the buyer
 * @param type        the license type
 * @param method      the code of the storefront payment method
 * @param link        the storefront page
 * @param openedAt    when
 * @param cancelledAt when cancelled; {@code null} while open
 * @param version     raised by one on each change
 */
public record StorefrontVisit(String id, DiscordUserId buyer, LicenseTypeCode type, String method, String link,
        Instant openedAt, Instant cancelledAt, long version) {
    /** Checks the parts. */
    public StorefrontVisit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(openedAt, "openedAt");
    }

    /** Whether it is still open. */
    public boolean isOpen() {
        return cancelledAt == null;
    }

    /** The visit cancelled at {@code now}. */
    public StorefrontVisit cancel(Instant now) {
        if (!isOpen()) {
            throw new IllegalTransitionException("storefront visit " + id, "cancelled", "be cancelled again");
        }
        return new StorefrontVisit(id, buyer, type, method, link, openedAt, now, version + 1);
    }
}
