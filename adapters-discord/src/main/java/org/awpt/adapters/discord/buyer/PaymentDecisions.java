package org.awpt.adapters.discord.buyer;

import java.util.Objects;
import java.util.Set;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.Ack;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.application.manual.CancelPayment;
import org.awpt.application.manual.ApprovalBreaksOneLicenseException;
import org.awpt.application.manual.DecidePayment;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.manual.RejectPayment;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionId;

/**
 * Approve, reject (with the reason from its modal) and cancel. The use case decides who may; the
 * message clicked shows the outcome (the notifier updates every other copy). A second decision is
 * refused by the use case with "already approved by X" and changes nothing.
 */
public final class PaymentDecisions implements ComponentHandler {
    private final ManualPaymentUseCase manual;
    private final SessionNotices notices;

    /** Decisions through this use case. */
    public PaymentDecisions(ManualPaymentUseCase manual, SessionNotices notices) {
        this.manual = Objects.requireNonNull(manual, "manual");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    @Override
    public Set<ComponentAction> actions() {
        return Set.of(ComponentAction.PAY_APPROVE, ComponentAction.PAY_APPROVE_ANYWAY, ComponentAction.PAY_REJECT_MODAL,
                ComponentAction.PAY_CANCEL);
    }

    @Override
    public Ack ack(ComponentId id) {
        return Ack.EDIT;
    }

    @Override
    public Reply handle(ComponentId id, Invocation invocation) {
        SessionId session = Ids.session(id.arg(0));
        if (id.action() == ComponentAction.PAY_APPROVE) {
            try {
                manual.approve(new DecidePayment(invocation.requester(), session));
            } catch (ApprovalBreaksOneLicenseException licensed) {
                // The admin chooses on the notice itself: approve anyway (a gift) or reject.
                return notices.renderLicenseConflict(manual.view(invocation.requester(), session), licensed);
            }
        }
        PaymentSession decided = switch (id.action()) {
            case PAY_APPROVE -> manual.view(invocation.requester(), session);
            case PAY_APPROVE_ANYWAY -> manual.approve(new DecidePayment(invocation.requester(), session, true))
                    .session();
            case PAY_REJECT_MODAL -> manual.reject(new RejectPayment(invocation.requester(), session,
                    invocation.value(BuyerModals.REASON).orElse("")));
            case PAY_CANCEL -> manual.cancel(new CancelPayment(invocation.requester(), session));
            default -> throw new IllegalArgumentException("not a decision: " + id);
        };
        return notices.render(decided, invocation.channelId().equals(decided.ticketChannel()), null);
    }
}
