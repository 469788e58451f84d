package org.awpt.domain.request;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Role;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * A support member's request for a batch of keys: reserved at once, handed over when an admin
 * approves, back to stock when an admin denies.
 *
 * @param id          its id
 * @param requester   the support member
 * @param type        the license type
 * @param keys        the reserved keys
 * @param reason      why the keys are needed; may be empty
 * @param status      where it is
 * @param requestedAt when it was made
 * @param decidedBy   the admin who approved or denied; {@code null} while pending
 * @param decidedAt   when; {@code null} while pending
 * @param version     raised by one on each change
 */
public record KeyRequest(RequestId id, DiscordUserId requester, LicenseTypeCode type, List<KeyCode> keys,
        String reason, RequestStatus status, Instant requestedAt, DiscordUserId decidedBy, Instant decidedAt,
        long version) {

    /** The most keys one request may reserve. */
    public static final int MAX_QUANTITY = 100;

    /** Checks the parts. */
    public KeyRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
        keys = List.copyOf(keys);
        reason = reason == null ? "" : reason.strip();
        if (keys.isEmpty() || keys.size() > MAX_QUANTITY) {
            throw new IllegalArgumentException("a request holds 1 to " + MAX_QUANTITY + " keys");
        }
        if ((status == RequestStatus.PENDING) != (decidedBy == null)) {
            throw new IllegalArgumentException("a decided request names its admin, a pending one does not");
        }
    }

    /** Checks a quantity a person asked for, with {@link InvalidInputException}. */
    public static int checkQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidInputException("quantity", "a whole number from 1 to " + MAX_QUANTITY);
        }
        return quantity;
    }

    /** An admin approves. */
    public KeyRequest approve(Actor admin, Instant now) {
        return decide(admin, RequestStatus.APPROVED, now);
    }

    /** An admin denies. */
    public KeyRequest deny(Actor admin, Instant now) {
        return decide(admin, RequestStatus.DENIED, now);
    }

    private KeyRequest decide(Actor admin, RequestStatus next, Instant now) {
        admin.require(Role.ADMIN, "decide key requests");
        if (status != RequestStatus.PENDING) {
            throw new IllegalTransitionException("key request " + id, status.wireName(), "be decided again");
        }
        return new KeyRequest(id, requester, type, keys, reason, next, requestedAt, admin.userId("decide key requests"), now,
                version + 1);
    }
}
