package org.awpt.adapters.discord.buyer;

import java.util.Objects;
import java.util.Set;
import net.dv8tion.jda.api.components.attachmentupload.AttachmentUpload;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.ModalOpener;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.discord.text.SafeEmbed;
import org.awpt.domain.payment.PaymentMethods;
import org.awpt.domain.ticket.TicketClosing;

/**
 * The buyer-side modals: Robux account, manual payment with its proof upload, an admin's rejection reason,
 * and the reason for closing a ticket.
 */
public final class BuyerModals implements ModalOpener {
    /** Field: Roblox username or id. */
    public static final String ACCOUNT = "account";
    /** Field: method used. */
    public static final String METHOD_USED = "method_used";
    /** Field: transaction id. */
    public static final String TRANSACTION = "transaction";
    /** Field: contact. */
    public static final String CONTACT = "contact";
    /** Field: notes. */
    public static final String NOTES = "notes";
    /** Field: proof upload. */
    public static final String PROOF = "proof";
    /** Field: rejection reason, or the reason for closing a ticket. */
    public static final String REASON = "reason";

    private final Messages messages;
    private final PaymentMethods methods;

    /** Modals worded from this bundle. */
    public BuyerModals(Messages messages, PaymentMethods methods) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.methods = Objects.requireNonNull(methods, "methods");
    }

    @Override
    public Set<ComponentAction> actions() {
        return Set.of(ComponentAction.ROBUX_PURCHASED, ComponentAction.MANUAL_PAID, ComponentAction.PAY_REJECT,
                ComponentAction.PAY_REJECT_LICENSED, ComponentAction.TICKET_CLOSE);
    }

    @Override
    public Modal open(ComponentId id, Invocation invocation) {
        // A buyer's modal is in their language (the router resolved it), an admin's reject form in the shop's.
        Messages messages = id.action().buyerFacing() ? invocation.messages() : this.messages;
        return switch (id.action()) {
            case ROBUX_PURCHASED -> Modal.create(ComponentId.of(ComponentAction.ROBUX_MODAL, id.arg(0)).encode(),
                    title(messages, "robux.modal.title"))
                    .addComponents(Label.of(label(messages, "robux.modal.account"), TextInput.create(ACCOUNT,
                            TextInputStyle.SHORT).setRequiredRange(1, 50)
                            .setPlaceholder(label(messages, "robux.modal.account.example")).build()))
                    .build();
            case MANUAL_PAID -> manual(id, messages);
            case PAY_REJECT -> reject(id, null, messages);
            case PAY_REJECT_LICENSED -> reject(id, messages.get("manual.reject.reason.licensed"), messages);
            // Who may close is the use case's to decide, once the form is sent: a modal calls no use case.
            case TICKET_CLOSE -> Modal.create(ComponentId.of(ComponentAction.TICKET_CLOSE_MODAL).encode(),
                    title(messages, "ticket.close.modal.title"))
                    .addComponents(Label.of(label(messages, "ticket.close.modal.reason"), TextInput.create(REASON,
                            TextInputStyle.PARAGRAPH).setRequired(false).setMaxLength(TicketClosing.REASON_MAX).build()))
                    .build();
            default -> throw new IllegalArgumentException("no modal for " + id);
        };
    }

    /** The reject reason modal of a session, its reason filled in when {@code reason} is not null. */
    private Modal reject(ComponentId id, String reason, Messages messages) {
        TextInput.Builder input = TextInput.create(REASON, TextInputStyle.PARAGRAPH).setRequiredRange(1, 1000);
        if (reason != null) {
            input.setValue(SafeEmbed.truncate(reason, 1000));
        }
        return Modal.create(ComponentId.of(ComponentAction.PAY_REJECT_MODAL, id.arg(0)).encode(),
                title(messages, "manual.reject.modal.title"))
                .addComponents(Label.of(label(messages, "manual.reject.modal.reason"), input.build()))
                .build();
    }

    private Modal manual(ComponentId id, Messages messages) {
        String method = methods.find(id.arg(1)).map(m -> m.displayName()).orElse(id.arg(1));
        return Modal.create(ComponentId.of(ComponentAction.MANUAL_MODAL, id.arg(0), id.arg(1)).encode(),
                title(messages, "manual.modal.title"))
                .addComponents(
                        Label.of(label(messages, "manual.modal.method"), TextInput.create(METHOD_USED, TextInputStyle.SHORT)
                                .setRequiredRange(1, 100).setValue(SafeEmbed.truncate(method, 100)).build()),
                        Label.of(label(messages, "manual.modal.transaction"), TextInput.create(TRANSACTION, TextInputStyle.SHORT)
                                .setRequired(false).setMaxLength(200).build()),
                        Label.of(label(messages, "manual.modal.contact"), TextInput.create(CONTACT, TextInputStyle.SHORT)
                                .setRequiredRange(1, 200).build()),
                        Label.of(label(messages, "manual.modal.notes"), TextInput.create(NOTES, TextInputStyle.PARAGRAPH)
                                .setRequired(false).setMaxLength(1000).build()),
                        Label.of(label(messages, "manual.modal.proof"), AttachmentUpload.create(PROOF).setRequiredRange(0, 1)
                                .setRequired(false).build()))
                .build();
    }

    private static String title(Messages messages, String key) {
        return SafeEmbed.truncate(messages.get(key), Modal.MAX_TITLE_LENGTH);
    }

    private static String label(Messages messages, String key) {
        return SafeEmbed.truncate(messages.get(key), Label.LABEL_MAX_LENGTH);
    }
}
