package org.awpt.adapters.discord.admin;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.dv8tion.jda.api.components.buttons.Button;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.Ack;
import org.awpt.adapters.discord.runtime.CommandHandler;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.runtime.Rows;
import org.awpt.adapters.discord.runtime.SlashCommands;
import org.awpt.adapters.discord.text.EchoedText;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.discord.text.SafeEmbed;
import org.awpt.application.support.DecideKeyRequest;
import org.awpt.application.support.KeyRequestUseCase;
import org.awpt.application.support.LowStockApprovalException;
import org.awpt.application.support.RequestKeys;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.UnknownLicenseTypeException;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;

/** {@code /requestkeys} for support staff, and the admins' Approve / Deny buttons on the notice. */
public final class RequestKeysCommand implements CommandHandler, ComponentHandler {
    private final KeyRequestUseCase requests;
    private final Messages messages;

    /** The command over the key request use case. */
    public RequestKeysCommand(KeyRequestUseCase requests, Messages messages) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String name() {
        return SlashCommands.REQUEST_KEYS;
    }

    @Override
    public Set<ComponentAction> actions() {
        return Set.of(ComponentAction.REQUEST_APPROVE, ComponentAction.REQUEST_APPROVE_LOW_STOCK,
                ComponentAction.REQUEST_DENY);
    }

    @Override
    public Ack ack(ComponentId id) {
        return Ack.EDIT;
    }

    @Override
    public Reply handle(Invocation invocation) {
        LicenseTypeCode type = type(invocation.value("type").orElse(""));
        int quantity = quantity(invocation.value("quantity").orElse(""));
        KeyRequest request = requests.request(new RequestKeys(invocation.requester(), type, quantity,
                invocation.value("reason").orElse("")));
        return Reply.privateText(messages.get("request.created", "request", request.id(), "quantity",
                request.keys().size(), "type", request.type()));
    }

    @Override
    public Reply handle(ComponentId id, Invocation invocation) {
        RequestId request = requestId(id.arg(0));
        if (id.action() == ComponentAction.REQUEST_DENY) {
            return decided(requests.deny(new DecideKeyRequest(invocation.requester(), request)));
        }
        boolean confirmed = id.action() == ComponentAction.REQUEST_APPROVE_LOW_STOCK;
        try {
            return decided(requests.approve(new DecideKeyRequest(invocation.requester(), request, confirmed)));
        } catch (LowStockApprovalException low) {
            // The admin chooses on the notice itself: approve anyway, or deny.
            KeyRequest waiting = requests.pending(invocation.requester()).stream()
                    .filter(pending -> pending.id().equals(request)).findFirst().orElseThrow(() -> low);
            return notice(waiting, messages.format("error.key_request_low_stock", low.details(), "\u2014"), false);
        }
    }

    /** The notice of a decided request: the outcome, buttons disabled. */
    private Reply decided(KeyRequest request) {
        String outcome = request.status() == RequestStatus.APPROVED
                ? messages.get("request.approved", "admin", request.decidedBy(), "requester", request.requester())
                : messages.get("request.denied", "admin", request.decidedBy());
        return notice(request, outcome, true);
    }

    /**
     * A request's notice with a last paragraph: its outcome (buttons disabled), or the low-stock
     * warning (Approve anyway instead of Approve).
     */
    private Reply notice(KeyRequest request, String last, boolean decided) {
        String id = request.id().value();
        Button approve = decided
                ? Button.success(ComponentId.of(ComponentAction.REQUEST_APPROVE, id).encode(),
                        messages.get("request.button.approve"))
                : Button.primary(ComponentId.of(ComponentAction.REQUEST_APPROVE_LOW_STOCK, id).encode(),
                        messages.get("request.button.approve_low_stock"));
        List<Button> buttons = List.of(approve, Button.danger(ComponentId.of(ComponentAction.REQUEST_DENY, id).encode(),
                messages.get("request.button.deny")));
        return Reply.privateEmbed(SafeEmbed.create()
                .title(messages.get("request.notice.title", "quantity", request.keys().size(), "type", request.type()))
                .description(messages.get("request.notice.description", "requester", request.requester(),
                        "quantity", request.keys().size(), "type", request.type(),
                        "reason", request.reason().isEmpty() ? "\u2014" : EchoedText.of(request.reason(), EchoedText.REASON)) + "\n\n" + last)
                .color(BuyerViews.BRAND).build(),
                Rows.of(decided ? Rows.disabled(buttons) : buttons, 1)).publicly();
    }

    private static RequestId requestId(String raw) {
        try {
            return new RequestId(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("key request", raw);
        }
    }

    private static LicenseTypeCode type(String raw) {
        try {
            return new LicenseTypeCode(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new UnknownLicenseTypeException(raw);
        }
    }

    private static int quantity(String raw) {
        try {
            return KeyRequest.checkQuantity(Integer.parseInt(raw.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("quantity", "a whole number from 1 to " + KeyRequest.MAX_QUANTITY);
        }
    }
}
