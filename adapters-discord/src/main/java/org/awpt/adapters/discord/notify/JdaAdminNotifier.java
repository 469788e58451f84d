package org.awpt.adapters.discord.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.buttons.Button;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.buyer.SessionNotices;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.NamedFile;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.runtime.Rows;
import org.awpt.adapters.discord.text.EchoedText;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.discord.text.SafeEmbed;
import org.awpt.application.port.AdminNotifier;
import org.awpt.domain.storefront.StorefrontRefusal;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells admins in the admin channel, or by direct message to every admin when no channel is set.
 * With neither (a shop run with only a token, whose admins are the server's Administrators), a
 * payment to review is posted in its ticket, which admins can see; other notices are logged as
 * going nowhere. Where each copy of a payment notice went is returned, for the application to
 * remember on the session, so a decision updates them all, also after a restart. Best effort:
 * failures are logged, never thrown.
 */
public final class JdaAdminNotifier implements AdminNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(JdaAdminNotifier.class);

    private final DiscordOps ops;
    private final Messages messages;
    private final SessionNotices notices;
    private final Optional<String> adminChannel;
    private final Set<DiscordUserId> admins;

    /**
     * A notifier.
     *
     * @param adminChannel the admin channel, if configured
     * @param admins       the admins to DM when there is no admin channel
     */
    public JdaAdminNotifier(DiscordOps ops, Messages messages, SessionNotices notices,
            Optional<String> adminChannel, Set<DiscordUserId> admins) {
        this.ops = Objects.requireNonNull(ops, "ops");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.adminChannel = Objects.requireNonNull(adminChannel, "adminChannel");
        this.admins = Set.copyOf(admins);
    }

    @Override
    public List<NoticeRef> paymentAwaitingReview(PaymentSession session, byte[] proof) {
        NamedFile image = session.proof() == null ? null
                : new NamedFile("proof." + session.proof().format().name().toLowerCase(Locale.ROOT), proof);
        Reply notice = notices.render(session, false, image);
        String what = "payment " + session.id();
        return nobodyConfigured() ? inTicket(session, notice, what) : broadcast(notice, what);
    }

    @Override
    public void paymentClosed(PaymentSession session) {
        for (NoticeRef ref : session.notices()) {
            try {
                ops.edit(ref.channelId(), ref.messageId(),
                        notices.render(session, ref.channelId().equals(session.ticketChannel()), null));
            } catch (RuntimeException e) {
                LOG.warn("could not update notice {} of payment {}", ref, session.id(), e);
            }
        }
    }

    @Override
    public void keyRequestAwaitingApproval(KeyRequest request) {
        String id = request.id().value();
        Reply notice = new Reply("", List.of(SafeEmbed.create()
                .title(messages.get("request.notice.title", "quantity", request.keys().size(), "type", request.type()))
                .description(messages.get("request.notice.description", "requester", request.requester(),
                        "quantity", request.keys().size(), "type", request.type(),
                        "reason", request.reason().isEmpty() ? "\u2014" : EchoedText.of(request.reason(), EchoedText.REASON)))
                .color(BuyerViews.BRAND).timestamp(request.requestedAt()).build()),
                Rows.of(List.of(
                        Button.success(ComponentId.of(ComponentAction.REQUEST_APPROVE, id).encode(),
                                messages.get("request.button.approve")),
                        Button.danger(ComponentId.of(ComponentAction.REQUEST_DENY, id).encode(),
                                messages.get("request.button.deny"))), 1), List.of(), false);
        broadcast(notice, "key request " + id);
    }

    @Override
    public void stockAlert(List<StockChange> changes, List<StockStatus> current) {
        List<String> lines = new ArrayList<>();
        if (changes.isEmpty()) {
            lines.add(messages.get("stock.alert.startup"));
        }
        changes.forEach(c -> lines.add(messages.get("stock.alert.change", "type", c.type(), "from", level(c.from()),
                "to", level(c.to()), "available", c.available())));
        current.forEach(s -> lines.add(messages.get("stock.alert.current", "type", s.type(),
                "available", s.available(), "level", level(s.level()))));
        Reply alert = new Reply("", List.of(SafeEmbed.create().title(messages.get("stock.alert.title"))
                .description(String.join("\n", lines)).color(BuyerViews.BRAND).build()), List.of(), List.of(), false);
        broadcast(alert, "stock alert");
    }

    @Override
    public void deliveryFellBack(LicenseKey key, DeliveryChannel via) {
        String text = via == null
                ? messages.get("delivery.fellback.none", "key", key.code().masked(), "type", key.type(),
                        "holder", key.holder())
                : messages.get("delivery.fellback", "key", key.code().masked(), "type", key.type(),
                        "holder", key.holder(), "via", via.name().toLowerCase(Locale.ROOT));
        broadcast(Reply.privateText(text).publicly(), "delivery fallback of " + key.code().masked());
    }

    @Override
    public void storefrontOrderRefused(StorefrontRefusal refusal) {
        // The invoice and item come from the storefront's request: echoed, not trusted as markdown.
        String text = messages.get("storefront.refused", "provider", refusal.provider(),
                "invoice", refusal.invoice() == null ? "-" : EchoedText.of(refusal.invoice(), EchoedText.NAME),
                "item", refusal.item() == null ? "-" : EchoedText.of(refusal.item(), EchoedText.NAME),
                "reason", refusal.reason(), "detail", EchoedText.of(refusal.detail(), EchoedText.REASON));
        broadcast(Reply.privateText(text).publicly(), "storefront refusal " + refusal.provider() + " " + refusal.reason());
    }

    private String level(org.awpt.domain.stock.StockLevel level) {
        return level.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private boolean nobodyConfigured() {
        return adminChannel.isEmpty() && admins.isEmpty();
    }

    /**
     * Posts a payment's admin notice in its ticket; the Approve / Reject buttons stay safe there
     * because the application refuses anyone who is not an admin.
     */
    private List<NoticeRef> inTicket(PaymentSession session, Reply notice, String what) {
        String ticket = session.ticketChannel();
        if (ticket == null) {
            warnNowhere(what);
            return List.of();
        }
        try {
            return List.of(new NoticeRef(ticket, ops.post(ticket, notice)));
        } catch (RuntimeException e) {
            LOG.error("could not post {} for review in its ticket {}", what, ticket, e);
            return List.of();
        }
    }

    private static void warnNowhere(String what) {
        LOG.warn("nobody was told about {}: set adminChannelId (AWPT_ADMIN_CHANNEL_ID) so admin notices have "
                + "somewhere to go", what);
    }

    /** Posts to the admin channel, or DMs every admin; where each copy went. */
    private List<NoticeRef> broadcast(Reply message, String what) {
        List<NoticeRef> refs = new ArrayList<>();
        if (nobodyConfigured()) {
            warnNowhere(what);
            return refs;
        }
        if (adminChannel.isPresent()) {
            try {
                refs.add(new NoticeRef(adminChannel.get(), ops.post(adminChannel.get(), message)));
            } catch (RuntimeException e) {
                LOG.error("could not tell the admin channel about {}", what, e);
            }
            return refs;
        }
        for (DiscordUserId admin : admins.stream().sorted((a, b) -> Long.compare(a.value(), b.value()))
                .collect(Collectors.toList())) {
            try {
                String[] sent = ops.sendDirect(admin, message).split("/", 2);
                refs.add(new NoticeRef(sent[0], sent[1]));
            } catch (RuntimeException e) {
                LOG.warn("could not tell admin {} about {}", admin, what, e);
            }
        }
        return refs;
    }
}
