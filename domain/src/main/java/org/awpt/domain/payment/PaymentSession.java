package org.awpt.domain.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Role;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;

/**
 * A manual payment (CashApp, Apple Pay, GCash, gift cards...) from details to decision.
 *
 * <p>{@code awaiting_proof -> awaiting_review -> approved | rejected}, plus {@code cancelled} (by
 * the buyer or an admin) and {@code expired} (abandoned without proof). Only the buyer attaches
 * proof; only an admin decides; a decision is taken once. Each change raises {@link #version()},
 * which repositories use to refuse a concurrent change.
 *
 * @param id            unguessable id
 * @param buyer         the Discord user paying
 * @param type          the license type bought
 * @param method        the payment method code (such as {@code gcash})
 * @param details       what the buyer told about the payment
 * @param ticketChannel the purchase ticket's channel; may be {@code null}
 * @param status        where the session is
 * @param proof         the stored proof; {@code null} until given
 * @param createdAt     when the buyer submitted the details
 * @param updatedAt     the last change
 * @param decidedBy     who approved, rejected or cancelled; {@code null} otherwise
 * @param decidedAt     when; {@code null} while open
 * @param reason        why it was rejected (or cancelled); may be {@code null}
 * @param deliveredKey  the key delivered on approval; {@code null} otherwise
 * @param notices       where messages about it were posted, to update every copy later
 * @param version       raised by one on each change
 */
public record PaymentSession(
        SessionId id,
        DiscordUserId buyer,
        LicenseTypeCode type,
        String method,
        PaymentDetails details,
        String ticketChannel,
        SessionStatus status,
        Proof proof,
        Instant createdAt,
        Instant updatedAt,
        DiscordUserId decidedBy,
        Instant decidedAt,
        String reason,
        KeyCode deliveredKey,
        List<NoticeRef> notices,
        long version) {

    /** Checks what the status implies is present. */
    public PaymentSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        notices = notices == null ? List.of() : List.copyOf(notices);
        if (status == SessionStatus.AWAITING_REVIEW && proof == null) {
            throw new IllegalArgumentException("a session awaiting review has a proof");
        }
        if (status == SessionStatus.APPROVED && (deliveredKey == null || decidedBy == null)) {
            throw new IllegalArgumentException("an approved session names its admin and key");
        }
        if (status.isFinal() && decidedAt == null) {
            throw new IllegalArgumentException("a final session has a decision time");
        }
        if (version < 0) {
            throw new IllegalArgumentException("a version is 0 or more");
        }
    }

    /** A new session waiting for the buyer's proof. */
    public static PaymentSession open(SessionId id, DiscordUserId buyer, LicenseTypeCode type, String method,
            PaymentDetails details, String ticketChannel, Instant now) {
        return new PaymentSession(id, buyer, type, method, details, ticketChannel, SessionStatus.AWAITING_PROOF,
                null, now, now, null, null, null, null, List.of(), 0);
    }

    /** The order a key is delivered for when this session is approved. */
    public OrderId orderId() {
        return OrderId.forManualPayment(id);
    }

    /** Whether the session can still change. */
    public boolean isOpen() {
        return !status.isFinal();
    }

    /** The buyer's proof: only the buyer, only while the session waits for it. */
    public PaymentSession attachProof(Actor actor, Proof newProof, Instant now) {
        if (!actor.id().equals(buyer)) {
            throw new NotAuthorizedException(actor.id(), "attach proof to another buyer's payment");
        }
        requireOpen();
        if (status != SessionStatus.AWAITING_PROOF) {
            throw new IllegalTransitionException("payment " + id, status.wireName(), "take another proof");
        }
        return next(SessionStatus.AWAITING_REVIEW, Objects.requireNonNull(newProof), null, null, null, null, now);
    }

    /** An admin approves, naming the key delivered for it. */
    public PaymentSession approve(Actor admin, KeyCode key, Instant now) {
        admin.require(Role.ADMIN, "approve payments");
        requireOpen();
        if (status != SessionStatus.AWAITING_REVIEW) {
            throw new IllegalTransitionException("payment " + id, status.wireName(), "be approved before its proof");
        }
        return next(SessionStatus.APPROVED, proof, admin.userId("approve payments"), now, null, Objects.requireNonNull(key), now);
    }

    /** An admin rejects, with a reason the buyer is shown. */
    public PaymentSession reject(Actor admin, String why, Instant now) {
        admin.require(Role.ADMIN, "reject payments");
        requireOpen();
        String trimmed = why == null ? "" : why.strip();
        if (trimmed.isEmpty() || trimmed.length() > 1000) {
            throw new InvalidInputException("reason", "1 to 1000 characters");
        }
        return next(SessionStatus.REJECTED, proof, admin.userId("reject payments"), now, trimmed, null, now);
    }

    /** The buyer or an admin cancels. */
    public PaymentSession cancel(Actor actor, Instant now) {
        if (!actor.id().equals(buyer) && !actor.isAdmin()) {
            throw new NotAuthorizedException(actor.id(), "cancel another buyer's payment");
        }
        requireOpen();
        return next(SessionStatus.CANCELLED, proof, actor.userId("cancel payments"), now, null, null, now);
    }

    /**
     * Whether the session waited for proof longer than {@code maxAge} at {@code now}. The wait counts
     * from the session's start: notices the shop posts about it do not keep it alive.
     */
    public boolean isAbandoned(Duration maxAge, Instant now) {
        return status == SessionStatus.AWAITING_PROOF && !createdAt.plus(maxAge).isAfter(now);
    }

    /** Ends a session abandoned without proof. */
    public PaymentSession expire(Instant now) {
        requireOpen();
        if (status != SessionStatus.AWAITING_PROOF) {
            throw new IllegalTransitionException("payment " + id, status.wireName(), "expire while under review");
        }
        return next(SessionStatus.EXPIRED, proof, null, now, "no proof was given in time", null, now);
    }

    /** Remembers one more place a message about this session was posted. */
    public PaymentSession withNotice(NoticeRef notice, Instant now) {
        List<NoticeRef> all = new ArrayList<>(notices);
        if (!all.contains(notice)) {
            all.add(notice);
        }
        return new PaymentSession(id, buyer, type, method, details, ticketChannel, status, proof, createdAt, now,
                decidedBy, decidedAt, reason, deliveredKey, all, version + 1);
    }

    private void requireOpen() {
        if (status.isFinal()) {
            throw new AlreadyDecidedException(id, status, decidedBy);
        }
    }

    private PaymentSession next(SessionStatus nextStatus, Proof nextProof, DiscordUserId by, Instant at,
            String why, KeyCode key, Instant now) {
        return new PaymentSession(id, buyer, type, method, details, ticketChannel, nextStatus, nextProof, createdAt,
                now, by, at, why, key, notices, version + 1);
    }
}
