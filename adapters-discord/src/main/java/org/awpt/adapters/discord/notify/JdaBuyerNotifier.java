package org.awpt.adapters.discord.notify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.buyer.SessionNotices;
import org.awpt.adapters.discord.runtime.DirectMessagesClosedException;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.discord.text.SafeEmbed;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.DeliveryFailedException;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.request.KeyRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells buyers by direct message; when their DMs are closed (50007, never retried) the key goes to
 * their purchase ticket instead, and without a ticket the delivery stays pending ("My licenses"
 * shows it).
 */
public final class JdaBuyerNotifier implements BuyerNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(JdaBuyerNotifier.class);

    private final DiscordOps ops;
    private final BuyerViews views;
    private final SessionNotices notices;
    private final ClosedDirectMessages closed;

    /** A notifier; the licensed role is not its business (the application grants it when a key is delivered). */
    public JdaBuyerNotifier(DiscordOps ops, BuyerViews views, SessionNotices notices, ClosedDirectMessages closed) {
        this.ops = Objects.requireNonNull(ops, "ops");
        this.views = Objects.requireNonNull(views, "views");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.closed = Objects.requireNonNull(closed, "closed");
    }

    @Override
    public DeliveryChannel deliverKey(LicenseKey key, LicenseType type) {
        DiscordUserId holder = key.holder();
        if (holder == null) {
            throw new DeliveryFailedException("key " + key.code().masked() + " has no Discord holder", null);
        }
        Reply message = views.forBuyer(holder).key(key, type);
        return sendOrFallBack(holder, message, ticketOf(key), "key " + key.code().masked());
    }

    @Override
    public void deliverRequestedKeys(KeyRequest request, List<LicenseKey> keys) {
        Messages m = views.messages();
        String list = keys.stream().map(k -> "`" + k.code().value() + "`").collect(Collectors.joining("\n"));
        Reply message = new Reply("", List.of(SafeEmbed.create()
                .title(m.get("requested.title", "type", request.type().value()))
                .description(m.get("requested.description", "request", request.id().value(), "keys", list))
                .color(BuyerViews.BRAND).build()), List.of(), List.of(), false);
        if (list.length() > SafeEmbed.DESCRIPTION_MAX - 200) {
            message = new Reply(m.get("requested.title", "type", request.type().value()), List.of(), List.of(),
                    List.of(new org.awpt.adapters.discord.runtime.NamedFile("keys.txt",
                            keys.stream().map(k -> k.code().value()).collect(Collectors.joining("\n"))
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))), false);
        }
        sendOrFallBack(request.requester(), message, Optional.empty(), "request " + request.id());
    }

    @Override
    public void paymentClosed(PaymentSession session) {
        Reply message = Reply.privateText(notices.toBuyer(session)).publicly();
        try {
            sendOrFallBack(session.buyer(), message, Optional.ofNullable(session.ticketChannel()),
                    "payment " + session.id());
        } catch (DeliveryFailedException e) {
            LOG.info("buyer {} not told that payment {} closed: {}", session.buyer(), session.id(), e.getMessage());
        }
    }

    private DeliveryChannel sendOrFallBack(DiscordUserId user, Reply message, Optional<String> ticket, String what) {
        if (!closed.isClosed(user)) {
            try {
                ops.sendDirect(user, message);
                return DeliveryChannel.DIRECT_MESSAGE;
            } catch (DirectMessagesClosedException e) {
                closed.markClosed(user);
                LOG.info("direct messages of {} are closed; {} goes another way", user, what);
            } catch (RuntimeException e) {
                throw new DeliveryFailedException("could not send " + what + " by direct message", e);
            }
        }
        if (ticket.isEmpty()) {
            throw new DeliveryFailedException(what + ": direct messages closed and no ticket", null);
        }
        try {
            ops.post(ticket.get(), message.withContent(views.forBuyer(user).messages().get("delivery.ticket", "buyer", user)));
            return DeliveryChannel.TICKET;
        } catch (RuntimeException e) {
            throw new DeliveryFailedException("could not post " + what + " in ticket " + ticket.get(), e);
        }
    }

    private static Optional<String> ticketOf(LicenseKey key) {
        return Optional.ofNullable(key.delivery()).map(d -> d.ticketChannel());
    }
}
