package org.awpt.application.manual;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.AuditQuery;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.IdSource;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.ProofStore;
import org.awpt.application.purchase.PurchaseGuard;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.ActorId;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.buyer.AlreadyLicensedException;
import org.awpt.domain.event.SaleCompleted;
import org.awpt.domain.event.StockChanged;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OutOfStockException;
import org.awpt.domain.payment.AlreadyDecidedException;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.Proof;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;

/**
 * Manual payments over a persisted session that changes by compare-and-set only.
 *
 * <p>Approval claims the key by the session's order before the session is marked approved: the
 * claim is idempotent, so two admins at once, or an admin retrying after a crash, get the same key,
 * and the one whose compare-and-set loses is told the session was already decided. A key claimed by
 * an approval that then lost to a rejection or cancellation goes back to stock.
 */
public final class ManualPaymentService implements ManualPaymentUseCase {
    /** The most sessions one sweep expires. */
    static final int EXPIRY_BATCH = 500;

    private static final System.Logger LOG = System.getLogger(ManualPaymentService.class.getName());
    private static final CooldownAction COOLDOWN = CooldownAction.MANUAL_PAYMENT;
    /** The most proof uploads of one buyer counted against their daily proof bytes. */
    private static final int PROOFS_COUNTED = 1_000;

    private final ShopSettings settings;
    private final PaymentSessionRepository sessions;
    private final LicenseKeyRepository keys;
    private final ProofStore proofs;
    private final PurchaseGuard guard;
    private final DeliveryUseCase delivery;
    private final BuyerNotifier buyers;
    private final AdminNotifier admins;
    private final Authorization authorization;
    private final Auditor auditor;
    private final Clock clock;
    private final IdSource ids;
    private final ShopEvents events;

    /** A service that publishes each claim and release ({@link StockChanged}) and each approved sale ({@link SaleCompleted}). */
    public ManualPaymentService(ShopSettings settings, PaymentSessionRepository sessions, LicenseKeyRepository keys,
            ProofStore proofs, PurchaseGuard guard, DeliveryUseCase delivery, BuyerNotifier buyers,
            AdminNotifier admins, Authorization authorization, Auditor auditor, Clock clock, IdSource ids,
            ShopEvents events) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.proofs = Objects.requireNonNull(proofs, "proofs");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.buyers = Objects.requireNonNull(buyers, "buyers");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public PaymentSession submit(SubmitPayment cmd) {
        DiscordUserId buyer = cmd.requester().userId();
        LicenseType type = settings.types().require(cmd.type());
        PaymentMethod method = settings.methods().require(cmd.methodCode());
        if (method.kind() != PaymentMethodKind.MANUAL) {
            throw new InvalidInputException("payment method", "a manual payment method");
        }
        guard.requireNewPurchase(buyer, type.code(), method.code(), COOLDOWN);
        List<PaymentSession> open = openOf(buyer, type.code());
        if (open.size() >= settings.limits().openPaymentsPerType()) {
            throw new OpenPaymentExistsException(open.get(0));
        }
        PaymentSession session = PaymentSession.open(new SessionId(ids.nextId()), buyer, type.code(), method.code(),
                cmd.details(), cmd.ticketChannel(), clock.instant());
        sessions.insert(session);
        // Submits at once all pass the check above: the ones opened last step back (no transaction needed).
        open = openOf(buyer, type.code());
        if (!open.subList(0, Math.min(open.size(), settings.limits().openPaymentsPerType())).stream()
                .anyMatch(kept -> kept.id().equals(session.id()))) {
            Actor self = authorization.actor(cmd.requester());
            change(session.id(), current -> current.isOpen() ? current.cancel(self, clock.instant()) : null);
            throw new OpenPaymentExistsException(open.get(0));
        }
        auditor.record(buyer, AuditAction.PAYMENT_SUBMITTED, session.id().value(),
                Map.of("type", type.code().value(), "method", method.code()));
        return session;
    }

    /** The buyer's open payments for a type, oldest first (ties by id, so every reader orders them alike). */
    private List<PaymentSession> openOf(DiscordUserId buyer, LicenseTypeCode type) {
        return sessions.openSessionsOf(buyer).stream().filter(s -> s.type().equals(type))
                .sorted(Comparator.comparing(PaymentSession::createdAt).thenComparing(s -> s.id().value())).toList();
    }

    @Override
    public PaymentSession attachProof(AttachProof cmd) {
        Actor actor = authorization.actor(cmd.requester());
        // Checked before storing, so a late upload leaves no orphan proof behind.
        PaymentSession session = awaitingProofOf(actor, cmd.session());
        ProofFormat format = settings.proofPolicy().check(cmd.bytes());
        Instant now = clock.instant();
        requireProofRoom(actor.userId("attach a proof"), cmd.bytes().length, now);
        String storageId = proofs.store(session.id(), format, cmd.bytes());
        Proof proof = new Proof(storageId, format, cmd.bytes().length, now);
        PaymentSession next = change(session.id(), current -> current.attachProof(actor, proof, now));
        auditor.record(actor.id(), AuditAction.PROOF_ATTACHED, next.id().value(),
                Map.of("format", format.contentType(), "size", Integer.toString(cmd.bytes().length)));
        // The notifier returns where it posted; recorded here so a decision edits every copy, also after a restart.
        List<NoticeRef> posted = admins.paymentAwaitingReview(next, cmd.bytes());
        try {
            return withNotices(next, posted);
        } catch (RuntimeException e) {
            // The proof is stored and admins were told: only editing those copies after the decision is lost.
            LOG.log(Level.ERROR, "could not remember the notices " + posted + " of payment " + next.id(), e);
            return next;
        }
    }

    @Override
    public ProofExpectation expectProof(Requester requester, SessionId id) {
        PaymentSession session = awaitingProofOf(authorization.actor(requester), id);
        return new ProofExpectation(session, clock.instant().plus(PROOF_UPLOAD_WAIT));
    }

    /** The session, if it is the actor's own and awaits its proof. */
    private PaymentSession awaitingProofOf(Actor actor, SessionId id) {
        PaymentSession session = load(id);
        if (!actor.id().equals(session.buyer())) {
            throw new NotAuthorizedException(actor.id(), "attach proof to another buyer's payment");
        }
        requireStatus(session, SessionStatus.AWAITING_PROOF, "take another proof");
        return session;
    }

    /** Refuses a proof that would take the buyer past their proof bytes of the last 24 hours (read from the audit log). */
    private void requireProofRoom(DiscordUserId buyer, long size, Instant now) {
        long max = settings.limits().proofBytesPerBuyerPerDay();
        Instant since = now.minus(Duration.ofHours(24));
        long uploaded = auditor.recent(new AuditQuery(Optional.of(buyer), Optional.of(AuditAction.PROOF_ATTACHED),
                PROOFS_COUNTED)).stream().filter(event -> event.at().isAfter(since))
                .mapToLong(event -> Long.parseLong(event.details().getOrDefault("size", "0"))).sum();
        if (uploaded + size > max) {
            throw new ProofQuotaExceededException(uploaded, size, max);
        }
    }

    @Override
    public Approval approve(DecidePayment cmd) {
        Actor admin = authorization.requireAdmin(cmd.requester(), "approve payments");
        for (;;) {
            PaymentSession session = load(cmd.session());
            requireStatus(session, SessionStatus.AWAITING_REVIEW, "be approved before its proof");
            LicenseType type = settings.types().require(session.type());
            Instant now = clock.instant();
            if (!cmd.despiteActiveLicense()) {
                requireNoActiveLicense(session);
            }
            LicenseKey key = keys.claim(new ClaimOrder(session.orderId(), type, session.buyer(), null,
                    session.ticketChannel()), now).orElseThrow(() -> new OutOfStockException(type.code()));
            events.publish(StockChanged.of(type.code()));
            PaymentSession approved = session.approve(admin, key.code(), now);
            if (sessions.replace(approved)) {
                return delivered(approved, key, cmd.despiteActiveLicense());
            }
            PaymentSession current = load(cmd.session());
            if (!current.isOpen()) {
                if (current.status() != SessionStatus.APPROVED) {
                    // Rejected or cancelled while this approval claimed: the key was never told, it goes back.
                    releaseKeyOf(current, current.decidedBy());
                }
                throw decided(current);
            }
            // Changed but still open (a notice was recorded): approve again; the claim returns the same key.
        }
    }

    /** The buyer got an active license since paying (the rule was checked at submission): the admin must choose. */
    private void requireNoActiveLicense(PaymentSession session) {
        try {
            guard.checkMayBuyAnotherThan(session.buyer(), session.orderId());
        } catch (AlreadyLicensedException licensed) {
            throw new ApprovalBreaksOneLicenseException(session.id(), session.buyer(), licensed.expiresAt());
        }
    }

    private Approval delivered(PaymentSession approved, LicenseKey key, boolean despiteActiveLicense) {
        Map<String, String> details = new HashMap<>(Map.of("key", key.code().masked(), "type", approved.type().value(),
                "buyer", approved.buyer().asString()));
        if (despiteActiveLicense) {
            details.put("override", "one_active_license");
        }
        auditor.record(approved.decidedBy(), AuditAction.PAYMENT_APPROVED, approved.id().value(), details);
        guard.recordSuccess(approved.buyer(), COOLDOWN);
        // The price in the method's currency as configured at approval: later price changes do not rewrite it.
        Money amount = settings.methods().find(approved.method())
                .flatMap(method -> method.saleAmount(approved.type(), settings.prices())).orElse(null);
        events.publish(new SaleCompleted(approved.buyer(), approved.type(), approved.method(), List.of(key.code()),
                approved.orderId().value(), clock.instant(), amount));
        DeliveryUseCase.Delivered delivered = delivery.deliver(key);
        admins.paymentClosed(approved);
        return new Approval(approved, delivered.key(), delivered.via());
    }

    @Override
    public PaymentSession reject(RejectPayment cmd) {
        Actor admin = authorization.requireAdmin(cmd.requester(), "reject payments");
        Instant now = clock.instant();
        PaymentSession rejected = change(cmd.session(), session -> session.reject(admin, cmd.reason(), now));
        guard.recordFailure(rejected.buyer(), COOLDOWN);
        closed(rejected, admin.id(), AuditAction.PAYMENT_REJECTED);
        return rejected;
    }

    @Override
    public PaymentSession cancel(CancelPayment cmd) {
        Actor actor = authorization.actor(cmd.requester());
        Instant now = clock.instant();
        PaymentSession cancelled = change(cmd.session(), session -> {
            requireBuyerOrAdmin(actor, session, "cancel another buyer's payment");
            return session.cancel(actor, now);
        });
        closed(cancelled, actor.id(), AuditAction.PAYMENT_CANCELLED);
        return cancelled;
    }

    /** After a rejection or cancellation: any key a crashed approval claimed goes back; everyone is told. */
    private void closed(PaymentSession session, ActorId actor, AuditAction action) {
        Map<String, String> details = new HashMap<>();
        details.put("buyer", session.buyer().asString());
        if (session.reason() != null) {
            details.put("reason", session.reason());
        }
        releaseKeyOf(session, actor).ifPresent(key -> details.put("releasedKey", key.code().masked()));
        auditor.record(actor, action, session.id().value(), details);
        buyers.paymentClosed(session);
        admins.paymentClosed(session);
    }

    /** Puts back the key an approval claimed for a session that was then called off; {@code actor} called it off. */
    private Optional<LicenseKey> releaseKeyOf(PaymentSession session, ActorId actor) {
        Optional<LicenseKey> released = keys.release(session.orderId());
        released.ifPresent(key -> {
            LOG.log(Level.INFO, "key " + key.code().masked() + " claimed for " + session.status().wireName()
                    + " payment " + session.id() + " went back to stock");
            auditor.keyReleased(actor, key, session.orderId(), session.status().wireName());
            events.publish(StockChanged.of(key.type()));
        });
        return released;
    }

    @Override
    public PaymentSession recordNotice(SessionId id, NoticeRef notice) {
        Objects.requireNonNull(notice, "notice");
        return withNotices(load(id), List.of(notice));
    }

    /** The session with these notices recorded. */
    private PaymentSession withNotices(PaymentSession session, List<NoticeRef> notices) {
        PaymentSession current = session;
        for (NoticeRef notice : notices) {
            if (!current.notices().contains(notice)) {
                Instant now = clock.instant();
                PaymentSession next = change(current.id(),
                        latest -> latest.notices().contains(notice) ? null : latest.withNotice(notice, now));
                current = next == null ? load(current.id()) : next;
            }
        }
        return current;
    }

    @Override
    public PaymentSession view(Requester requester, SessionId id) {
        PaymentSession session = load(id);
        requireBuyerOrAdmin(authorization.actor(requester), session, "view another buyer's payment");
        return session;
    }

    @Override
    public byte[] proof(Requester requester, SessionId id) {
        PaymentSession session = view(requester, id);
        if (session.proof() == null) {
            throw new NotFoundException("payment proof", id.value());
        }
        return proofs.load(session.proof().storageId())
                .orElseThrow(() -> new NotFoundException("payment proof", id.value()));
    }

    @Override
    public int expireAbandoned() {
        Instant now = clock.instant();
        int expired = 0;
        for (PaymentSession candidate : sessions.awaitingProofSince(now.minus(settings.sessionExpiry()), EXPIRY_BATCH)) {
            PaymentSession gone = change(candidate.id(),
                    current -> current.isAbandoned(settings.sessionExpiry(), now) ? current.expire(now) : null);
            if (gone != null) {
                auditor.record(null, AuditAction.PAYMENT_EXPIRED, gone.id().value(),
                        Map.of("buyer", gone.buyer().asString()));
                buyers.paymentClosed(gone);
                admins.paymentClosed(gone);
                expired++;
            }
        }
        return expired;
    }

    private PaymentSession load(SessionId id) {
        return sessions.find(id).orElseThrow(() -> new NotFoundException("payment session", id.value()));
    }

    /**
     * Applies a move by compare-and-set, re-reading and re-applying it whenever someone else changed
     * the session first. A move returns {@code null} when there is nothing left to do; so does this.
     */
    private PaymentSession change(SessionId id, UnaryOperator<PaymentSession> move) {
        for (;;) {
            PaymentSession next = move.apply(load(id));
            if (next == null || sessions.replace(next)) {
                return next;
            }
        }
    }

    private static void requireStatus(PaymentSession session, SessionStatus expected, String move) {
        if (!session.isOpen()) {
            throw decided(session);
        }
        if (session.status() != expected) {
            throw new IllegalTransitionException("payment " + session.id(), session.status().wireName(), move);
        }
    }

    private static void requireBuyerOrAdmin(Actor actor, PaymentSession session, String action) {
        if (!actor.id().equals(session.buyer()) && !actor.isAdmin()) {
            throw new NotAuthorizedException(actor.id(), action);
        }
    }

    private static AlreadyDecidedException decided(PaymentSession session) {
        return new AlreadyDecidedException(session.id(), session.status(), session.decidedBy());
    }
}
