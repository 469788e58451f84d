package org.awpt.adapters.discord.buyer;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.Ack;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.ErrorMapper;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.text.EchoedText;
import org.awpt.application.manual.AttachProof;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.manual.SubmitPayment;
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.application.purchase.PurchaseStart;
import org.awpt.application.purchase.StartPurchase;
import org.awpt.application.robux.AlreadyPaidOutException;
import org.awpt.application.robux.ConfirmGamePassRemoval;
import org.awpt.application.robux.PayoutCycle;
import org.awpt.application.robux.RobuxPurchaseResult;
import org.awpt.application.robux.RobuxPurchaseUseCase;
import org.awpt.application.robux.VerifyRobuxPurchase;
import org.awpt.application.storefront.CancelStorefront;
import org.awpt.application.storefront.OpenStorefront;
import org.awpt.application.storefront.StorefrontUseCase;
import org.awpt.domain.storefront.StorefrontVisit;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.InvalidProofException;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.ProofPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The three payment flows from a method button to a verified purchase or a submitted proof. */
public final class PaymentFlows implements ComponentHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentFlows.class);

    private final PurchaseCatalogUseCase catalog;
    private final RobuxPurchaseUseCase robux;
    private final StorefrontUseCase storefront;
    private final ManualPaymentUseCase manual;
    private final ProofPolicy proofPolicy;
    private final DiscordOps ops;
    private final BuyerViews views;
    private final SessionNotices notices;
    private final ErrorMapper errors;

    /** Flows over these use cases. */
    public PaymentFlows(PurchaseCatalogUseCase catalog, RobuxPurchaseUseCase robux, StorefrontUseCase storefront,
            ManualPaymentUseCase manual, ProofPolicy proofPolicy, DiscordOps ops, BuyerViews views,
            SessionNotices notices) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.robux = Objects.requireNonNull(robux, "robux");
        this.storefront = Objects.requireNonNull(storefront, "storefront");
        this.manual = Objects.requireNonNull(manual, "manual");
        this.proofPolicy = Objects.requireNonNull(proofPolicy, "proofPolicy");
        this.ops = Objects.requireNonNull(ops, "ops");
        this.views = Objects.requireNonNull(views, "views");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.errors = new ErrorMapper(views.messages());
    }

    @Override
    public Set<ComponentAction> actions() {
        return Set.of(ComponentAction.PAY_METHOD, ComponentAction.ROBUX_MODAL, ComponentAction.ROBUX_REMOVED,
                ComponentAction.STOREFRONT_CANCEL, ComponentAction.MANUAL_MODAL);
    }

    @Override
    public Ack ack(ComponentId id) {
        return id.action() == ComponentAction.STOREFRONT_CANCEL ? Ack.EDIT : Ack.REPLY_PRIVATE;
    }

    @Override
    public Reply handle(ComponentId id, Invocation invocation) {
        return switch (id.action()) {
            case PAY_METHOD -> start(Ids.type(id.arg(0)), id.arg(1), invocation);
            case ROBUX_MODAL -> verify(Ids.type(id.arg(0)), invocation);
            case ROBUX_REMOVED -> removed(Ids.type(id.arg(0)), id.arg(1), invocation);
            case STOREFRONT_CANCEL -> {
                storefront.cancel(new CancelStorefront(invocation.requester(), id.arg(0)));
                yield Reply.privateText(views.messages().get("storefront.cancelled"));
            }
            case MANUAL_MODAL -> submit(Ids.type(id.arg(0)), id.arg(1), invocation);
            default -> throw new IllegalArgumentException("not a payment action: " + id);
        };
    }

    private Reply start(LicenseTypeCode type, String method, Invocation invocation) {
        PurchaseStart start = catalog.start(new StartPurchase(invocation.requester(), type, method));
        return switch (start.method().kind()) {
            case ROBUX -> views.robux(start);
            case STOREFRONT -> {
                StorefrontVisit visit = storefront.open(new OpenStorefront(invocation.requester(), type, start.method().code()));
                yield views.storefront(start, visit);
            }
            case MANUAL -> views.manual(start);
        };
    }

    private Reply verify(LicenseTypeCode type, Invocation invocation) {
        String account = invocation.value(BuyerModals.ACCOUNT)
                .orElseThrow(() -> new InvalidInputException("Roblox account", "a username or user id"));
        RobuxPurchaseResult result;
        try {
            result = robux.verify(new VerifyRobuxPurchase(invocation.requester(), type, account,
                    invocation.channelId()));
        } catch (AlreadyPaidOutException paidOut) {
            return views.alreadyPaidOut(errors.describe(paidOut), type,
                    String.valueOf(paidOut.details().get("roblox")));
        }
        String told = switch (result.toldVia() == null ? "pending" : result.toldVia().name()) {
            case "DIRECT_MESSAGE" -> "robux.verified.dm";
            case "TICKET" -> "robux.verified.ticket";
            default -> "robux.verified.pending";
        };
        return Reply.privateText(views.messages().get("robux.verified", "account",
                EchoedText.of(result.account().name(), EchoedText.NAME),
                "type", result.type().displayName()) + "\n" + views.messages().get(told));
    }

    private Reply removed(LicenseTypeCode type, String robloxUserId, Invocation invocation) {
        PayoutCycle cycle = robux.confirmRemoval(new ConfirmGamePassRemoval(invocation.requester(), type,
                RobloxUserId.parse(robloxUserId)));
        return Reply.privateText(views.messages().get(cycle.closedNow() ? "robux.removed.next" : "robux.removed.gone",
                "type", type.value()));
    }

    private Reply submit(LicenseTypeCode type, String method, Invocation invocation) {
        Optional<Invocation.AttachmentRef> upload = invocation.attachments().stream().findFirst();
        // Attachment links expire: the bytes are fetched now and checked before any session exists.
        Optional<byte[]> proof = upload.map(this::download);
        PaymentDetails details = new PaymentDetails(invocation.value(BuyerModals.METHOD_USED).orElse(method),
                invocation.value(BuyerModals.TRANSACTION).orElse(""), invocation.value(BuyerModals.CONTACT).orElse(""),
                invocation.value(BuyerModals.NOTES).orElse(""));
        PaymentSession session = manual.submit(new SubmitPayment(invocation.requester(), type, method, details,
                invocation.channelId()));
        if (proof.isPresent()) {
            session = manual.attachProof(new AttachProof(invocation.requester(), session.id(), proof.get()));
        }
        try {
            String message = ops.post(invocation.channelId(), notices.render(session, true, null));
            manual.recordNotice(session.id(), new NoticeRef(invocation.channelId(), message));
        } catch (RuntimeException e) {
            LOG.warn("could not post the ticket notice of payment {}", session.id(), e);
        }
        return Reply.privateText(views.messages().get(proof.isPresent() ? "manual.submitted" : "manual.upload.later"));
    }

    /** Downloads and checks a proof at once; refuses what is too large or not an image. */
    byte[] download(Invocation.AttachmentRef upload) {
        if (upload.size() > proofPolicy.maxBytes()) {
            throw InvalidProofException.tooLarge(upload.size(), proofPolicy.maxBytes());
        }
        byte[] bytes = ops.download(upload.url(), proofPolicy.maxBytes());
        proofPolicy.check(bytes);
        return bytes;
    }
}
