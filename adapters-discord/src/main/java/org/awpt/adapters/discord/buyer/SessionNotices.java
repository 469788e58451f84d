package org.awpt.adapters.discord.buyer;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.components.buttons.Button;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.NamedFile;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.runtime.Rows;
import org.awpt.adapters.discord.text.EchoedText;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.discord.text.SafeEmbed;
import org.awpt.domain.ShopException;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.payment.PaymentMethods;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionStatus;

/**
 * The messages about one manual payment: the admins' copies (with Approve / Reject / Cancel) and
 * the ticket's copy (with Cancel). Once the session is closed, every copy shows the outcome and its
 * buttons are disabled.
 */
public final class SessionNotices {
    private static final Color OPEN = new Color(0xF0, 0xB2, 0x32);
    private static final Color APPROVED = new Color(0x57, 0xF2, 0x87);
    private static final Color CLOSED = new Color(0xED, 0x42, 0x45);

    private final Messages messages;
    private final LicenseTypeCatalog types;
    private final PaymentMethods methods;

    /** Notices worded from this bundle, naming types and methods from the shop's settings. */
    public SessionNotices(Messages messages, LicenseTypeCatalog types, PaymentMethods methods) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.types = Objects.requireNonNull(types, "types");
        this.methods = Objects.requireNonNull(methods, "methods");
    }

    /**
     * The notice of a session as it is now.
     *
     * @param session    the session
     * @param forTicket  the ticket's copy (Cancel only) rather than an admin's (Approve, Reject, Cancel)
     * @param proof      the proof image to attach, or {@code null}
     */
    public Reply render(PaymentSession session, boolean forTicket, NamedFile proof) {
        return render(session, forTicket, proof, null);
    }

    /**
     * An admin's notice of a session whose approval would give its buyer a second active license: the
     * warning, Approve anyway (a gift, audited) instead of Approve, and Reject with the reason filled in.
     */
    public Reply renderLicenseConflict(PaymentSession session, ShopException licensed) {
        return render(session, false, null, messages.format("manual.license_conflict", licensed.details(), "\u2014"));
    }

    private Reply render(PaymentSession session, boolean forTicket, NamedFile proof, String conflict) {
        String type = typeName(session);
        String method = methods.find(session.method()).map(m -> m.displayName()).orElse(session.method());
        SafeEmbed embed = SafeEmbed.create().title(messages.get("manual.notice.title", "type", type, "method", method))
                .color(session.status() == SessionStatus.APPROVED ? APPROVED : session.isOpen() ? OPEN : CLOSED)
                .field(messages.get("manual.notice.buyer"), "<@" + session.buyer() + ">", true)
                .field(messages.get("manual.notice.session"), session.id().value(), true)
                .field(messages.get("manual.notice.status"),
                        messages.get("manual.status." + session.status().wireName()), true)
                .field(messages.get("manual.notice.details"), details(session), false)
                .timestamp(session.updatedAt());
        if (!session.isOpen()) {
            embed.description(outcome(session));
        } else if (conflict != null) {
            embed.description(conflict);
        }
        if (proof != null) {
            embed.image("attachment://" + proof.name());
        }
        String id = session.id().value();
        List<Button> buttons = new ArrayList<>();
        if (!forTicket) {
            buttons.add(conflict == null
                    ? Button.success(ComponentId.of(ComponentAction.PAY_APPROVE, id).encode(),
                            messages.get("manual.button.approve"))
                    : Button.primary(ComponentId.of(ComponentAction.PAY_APPROVE_ANYWAY, id).encode(),
                            messages.get("manual.button.approve_anyway")));
            // After a license conflict the reason is filled in for the admin: the buyer already holds a license.
            buttons.add(Button.danger(ComponentId.of(conflict == null ? ComponentAction.PAY_REJECT
                    : ComponentAction.PAY_REJECT_LICENSED, id).encode(), messages.get("manual.button.reject")));
        }
        if (forTicket && session.status() == SessionStatus.AWAITING_PROOF) {
            buttons.add(Button.primary(ComponentId.of(ComponentAction.PROOF_UPLOAD, id).encode(),
                    messages.get("manual.button.upload")));
        }
        buttons.add(Button.secondary(ComponentId.of(ComponentAction.PAY_CANCEL, id).encode(),
                messages.get("manual.button.cancel")));
        if (!session.isOpen() || (!forTicket && session.status() == SessionStatus.AWAITING_PROOF)) {
            buttons = Rows.disabled(buttons);
        }
        Reply reply = new Reply("", List.of(embed.build()), Rows.of(buttons, 1), List.of(), false);
        return proof == null ? reply : reply.withFile(proof);
    }

    /** What happened to a closed session, in one line. */
    public String outcome(PaymentSession session) {
        return switch (session.status()) {
            case APPROVED -> messages.get("manual.approved", "admin", session.decidedBy(), "type", typeName(session),
                    "key", session.deliveredKey().masked());
            case REJECTED -> messages.get("manual.rejected", "admin", session.decidedBy(), "reason", escaped(session.reason()));
            case CANCELLED -> messages.get("manual.cancelled", "admin", session.decidedBy());
            case EXPIRED -> messages.get("manual.expired");
            default -> messages.get("manual.status." + session.status().wireName());
        };
    }

    /** What the buyer is told when their session closes without a key. */
    public String toBuyer(PaymentSession session) {
        String key = "manual.closed.buyer." + session.status().wireName();
        if (!messages.has(key)) {
            return messages.get("manual.status." + session.status().wireName());
        }
        return messages.get(key, "type", typeName(session), "reason", escaped(session.reason()));
    }

    /** Free text a person typed, shown as typed: no markdown, masked links or mentions; cut to a reason's length. */
    private static String escaped(String text) {
        return text == null ? null : EchoedText.of(text, EchoedText.REASON);
    }

    private String typeName(PaymentSession session) {
        return types.find(session.type()).map(t -> t.displayName()).orElse(session.type().value());
    }

    /** What the buyer typed, markdown escaped: their words show as typed, never as headings, links or spoilers. */
    private static String details(PaymentSession session) {
        var d = session.details();
        StringBuilder out = new StringBuilder(EchoedText.of(d.methodUsed(), EchoedText.FIELD));
        if (!d.transactionId().isEmpty()) {
            out.append("\n").append(EchoedText.of(d.transactionId(), EchoedText.FIELD));
        }
        out.append("\n").append(EchoedText.of(d.contact(), EchoedText.FIELD));
        if (!d.notes().isEmpty()) {
            out.append("\n").append(EchoedText.of(d.notes(), EchoedText.FIELD));
        }
        return out.toString();
    }
}
