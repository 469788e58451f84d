package org.awpt.domain.license;

import java.time.Instant;
import java.util.Objects;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.RobloxUserId;

/**
 * A license key of the inventory and everything known about where it went.
 *
 * <p>Immutable: each transition returns the key's next state, and refuses moves its status does
 * not allow. {@code available -> used} (a sale), {@code available -> requested} (support), back to
 * {@code available} only while nobody was told the key, and {@code revoked} from anywhere, for good.
 *
 * @param code          the 32-character key
 * @param type          its license type
 * @param status        where it is in its life
 * @param createdAt     when it entered the inventory
 * @param requestedBy   support member who reserved it; {@code null} unless requested
 * @param requestedAt   when it was reserved; {@code null} unless requested
 * @param approvedBy    admin who approved the reservation; may be {@code null}
 * @param approvedAt    when the reservation was approved; may be {@code null}
 * @param holder        the Discord user who holds it; {@code null} unless used
 * @param robloxUser    the holder's Roblox account, for Robux purchases; may be {@code null}
 * @param usedAt        when it was delivered; {@code null} unless used (or revoked after use)
 * @param expiresAt     when the license ends; {@code null} unless used (or revoked after use)
 * @param orderId       the order it was handed out for; {@code null} while in stock
 * @param delivery      the outbox of telling its holder; {@code null} while nobody has to be told
 * @param revokedAt     when it was revoked; {@code null} unless revoked
 * @param revokedBy     the admin who revoked it; {@code null} unless revoked
 * @param revokeReason  why; {@code null} unless revoked
 */
public record LicenseKey(
        KeyCode code,
        LicenseTypeCode type,
        KeyStatus status,
        Instant createdAt,
        DiscordUserId requestedBy,
        Instant requestedAt,
        DiscordUserId approvedBy,
        Instant approvedAt,
        DiscordUserId holder,
        RobloxUserId robloxUser,
        Instant usedAt,
        Instant expiresAt,
        OrderId orderId,
        Delivery delivery,
        Instant revokedAt,
        DiscordUserId revokedBy,
        String revokeReason) {
    /** The code of the claim templates: never stored, only their state fields are. */
    private static final KeyCode TEMPLATE = new KeyCode("0".repeat(32));

    /** Checks that what the status implies is present. */
    public LicenseKey {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        switch (status) {
            case AVAILABLE -> {
                if (holder != null || orderId != null || usedAt != null || requestedBy != null || delivery != null) {
                    throw new IllegalArgumentException("an available key has no holder, order or requester");
                }
            }
            case USED -> {
                if (usedAt == null || expiresAt == null) {
                    throw new IllegalArgumentException("a used key has a use and an expiry time");
                }
            }
            case REQUESTED -> {
                if (requestedBy == null || requestedAt == null) {
                    throw new IllegalArgumentException("a requested key names its requester and time");
                }
            }
            case REVOKED -> {
                if (revokedAt == null) {
                    throw new IllegalArgumentException("a revoked key has a revocation time");
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    /** A new key in stock. */
    public static LicenseKey inStock(KeyCode code, LicenseTypeCode type, Instant createdAt) {
        return new LicenseKey(code, type, KeyStatus.AVAILABLE, createdAt, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** Sells this key for the order: it becomes used, held by the buyer, expiring after the type's validity. */
    public LicenseKey deliver(ClaimOrder order, Instant now) {
        requireStatus(KeyStatus.AVAILABLE, "be delivered");
        if (!order.type().code().equals(type)) {
            throw new IllegalArgumentException("order for " + order.type().code() + " cannot take a " + type + " key");
        }
        return new LicenseKey(code, type, KeyStatus.USED, createdAt, null, null, null, null, order.buyer(),
                order.robloxUser(), now, now.plus(order.type().validity()), order.orderId(),
                Delivery.pending(order.ticketChannel()), null, null, null);
    }

    /** Reserves this key for a support member's key request line. */
    public LicenseKey reserve(OrderId requestLine, DiscordUserId requester, Instant now) {
        requireStatus(KeyStatus.AVAILABLE, "be requested");
        return new LicenseKey(code, type, KeyStatus.REQUESTED, createdAt, requester, now, null, null, null, null,
                null, null, requestLine, null, null, null, null);
    }

    /**
     * What any available key of the order's type becomes when a store claims it for the order
     * ({@link #deliver}). A store that picks the key inside one atomic update copies this state
     * onto it, keeping that key's own code and creation time (this template has neither).
     */
    public static LicenseKey stateOfClaim(ClaimOrder order, Instant now) {
        return inStock(TEMPLATE, order.type().code(), now).deliver(order, now);
    }

    /** What any available key of a type becomes when a store reserves it for a request line ({@link #reserve}). */
    public static LicenseKey stateOfReservation(OrderId requestLine, LicenseTypeCode type, DiscordUserId requester,
            Instant now) {
        return inStock(TEMPLATE, type, now).reserve(requestLine, requester, now);
    }

    /** Records the admin who approved the reservation; the requester is then to be told the key. */
    public LicenseKey approveReservation(DiscordUserId admin, Instant now) {
        requireStatus(KeyStatus.REQUESTED, "be approved");
        if (approvedBy != null) {
            return this;
        }
        return new LicenseKey(code, type, status, createdAt, requestedBy, requestedAt, admin, now, holder,
                robloxUser, usedAt, expiresAt, orderId, Delivery.pending(null), null, null, null);
    }

    /**
     * Puts a sold or reserved key back in stock, which is only allowed while nobody was told it
     * (a rejected payment whose approval had already claimed a key, a refused key request).
     */
    public LicenseKey releaseToStock() {
        boolean told = delivery != null && !delivery.isPending();
        if (status == KeyStatus.AVAILABLE || status == KeyStatus.REVOKED || told
                || (status == KeyStatus.REQUESTED && approvedBy != null)) {
            throw new IllegalTransitionException("key " + code.masked(), describe(), "return to stock");
        }
        return inStock(code, type, createdAt);
    }

    /** Takes the key back for good (refund, chargeback, leak). */
    public LicenseKey revoke(DiscordUserId admin, String reason, Instant now) {
        if (status == KeyStatus.REVOKED) {
            throw new IllegalTransitionException("key " + code.masked(), describe(), "be revoked again");
        }
        Objects.requireNonNull(admin, "admin");
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        return new LicenseKey(code, type, KeyStatus.REVOKED, createdAt, requestedBy, requestedAt, approvedBy,
                approvedAt, holder, robloxUser, usedAt, expiresAt, orderId, delivery, now, admin, why);
    }

    /** Records that the holder was told the key; a second call changes nothing. */
    public LicenseKey markTold(DeliveryChannel via, Instant at) {
        if (delivery == null) {
            throw new IllegalTransitionException("key " + code.masked(), describe(), "be told to a holder");
        }
        return withDelivery(delivery.told(via, at));
    }

    /** Records a failed try to tell the holder. */
    public LicenseKey markDeliveryFailed(Instant at) {
        if (delivery == null) {
            throw new IllegalTransitionException("key " + code.masked(), describe(), "be told to a holder");
        }
        return withDelivery(delivery.failedAttempt(at));
    }

    /** Whether this is a license its holder may use at {@code now}: delivered and not expired. */
    public boolean isActiveAt(Instant now) {
        return status == KeyStatus.USED && expiresAt.isAfter(now);
    }

    /** Whether someone still has to be told this key. */
    public boolean hasPendingDelivery() {
        return delivery != null && delivery.isPending() && status != KeyStatus.REVOKED;
    }

    private LicenseKey withDelivery(Delivery next) {
        return new LicenseKey(code, type, status, createdAt, requestedBy, requestedAt, approvedBy, approvedAt,
                holder, robloxUser, usedAt, expiresAt, orderId, next, revokedAt, revokedBy, revokeReason);
    }

    private void requireStatus(KeyStatus expected, String move) {
        if (status != expected) {
            throw new IllegalTransitionException("key " + code.masked(), describe(), move);
        }
    }

    private String describe() {
        return status.wireName();
    }

    /** Masks the key code, so a key in a log never shows whole. */
    @Override
    public String toString() {
        return "LicenseKey[" + code.masked() + ", " + type + ", " + status.wireName() + ", order=" + orderId + "]";
    }
}
