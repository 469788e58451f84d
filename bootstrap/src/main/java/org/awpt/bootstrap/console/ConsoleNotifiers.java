package org.awpt.bootstrap.console;

import java.time.Instant;
import java.util.List;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.DeliveryFailedException;
import org.awpt.application.port.ExpiryReminderNotifier;
import org.awpt.application.port.SalesFeed;
import org.awpt.application.port.TicketArchive;
import org.awpt.application.port.TicketChannelUnavailableException;
import org.awpt.application.port.TicketChannels;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.event.SaleCompleted;
import org.awpt.domain.storefront.StorefrontRefusal;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.domain.ticket.TicketClosing;
import org.awpt.domain.ticket.Transcript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notifiers of a command run from a shell: nobody can be told anything there, so admin news
 * is logged, a key delivery fails (it stays pending, and the bot delivers it when it runs), and no
 * ticket channel can be opened ({@link TicketChannelUnavailableException}: tickets are the bot's, and
 * the shop keeps and counts none). An expiry reminder fails as passing trouble,
 * so the bot's next sweep sends it. Tickets are closed by the bot's rounds; what a close would tell is logged.
 */
public final class ConsoleNotifiers implements AdminNotifier, BuyerNotifier, ExpiryReminderNotifier, SalesFeed,
        TicketChannels, TicketArchive {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleNotifiers.class);

    @Override
    public String open(String guildId, DiscordUserId buyer) {
        throw new TicketChannelUnavailableException(
                "no Discord connection in a command line run; purchase tickets are opened by the bot");
    }

    @Override
    public boolean exists(String channelId) {
        // Cannot tell without Discord: a ticket is never taken for gone.
        return true;
    }

    @Override
    public void delete(String channelId) {
        LOG.info("Ticket channel {} is left for the bot: no Discord connection in a command line run", channelId);
    }

    @Override
    public void lock(String channelId, DiscordUserId buyer) {
        LOG.info("Ticket channel {} is left for the bot to lock: no Discord connection in a command line run", channelId);
    }

    @Override
    public void announceClose(TicketClosing closing) {
        LOG.info("Ticket {} closed ({})", closing.ticket().channelId(), closing.cause().wireName());
    }

    @Override
    public void warnIdle(PurchaseTicket ticket, Instant closesAt) {
        LOG.info("Ticket {} is idle and closes at {}; its buyer is not told from the command line",
                ticket.channelId(), closesAt);
    }

    @Override
    public Transcript transcript(String channelId) {
        // Nothing can be read without Discord.
        return Transcript.unavailable(channelId);
    }

    @Override
    public void keep(TicketClosing closing, Transcript transcript) {
        LOG.info("Transcript of ticket {} not kept: no Discord connection in a command line run",
                closing.ticket().channelId());
    }

    @Override
    public boolean sendToBuyer(TicketClosing closing, Transcript transcript) {
        LOG.info("Transcript of ticket {} not sent to its buyer from the command line", closing.ticket().channelId());
        return true;
    }

    @Override
    public DeliveryChannel deliverKey(LicenseKey key, LicenseType type) {
        throw new DeliveryFailedException("no Discord connection in a command line run; the bot delivers " + key, null);
    }

    @Override
    public void deliverRequestedKeys(KeyRequest request, List<LicenseKey> keys) {
        throw new DeliveryFailedException("no Discord connection in a command line run", null);
    }

    @Override
    public void paymentClosed(PaymentSession session) {
        LOG.info("Payment session {} closed as {}; the buyer is not told from the command line",
                session.id(), session.status());
    }

    @Override
    public void saleCompleted(SaleCompleted sale) {
        LOG.info("Sale: {}", sale);
    }

    @Override
    public List<NoticeRef> paymentAwaitingReview(PaymentSession session, byte[] proof) {
        LOG.info("Payment session {} awaits review", session.id());
        return List.of();
    }

    @Override
    public void keyRequestAwaitingApproval(KeyRequest request) {
        LOG.info("Key request {} awaits approval", request.id());
    }

    @Override
    public void stockAlert(List<StockChange> changes, List<StockStatus> current) {
        for (StockStatus status : current) {
            LOG.info("Stock of {}: {} available ({})", status.type(), status.available(), status.level());
        }
    }

    @Override
    public void deliveryFellBack(LicenseKey key, DeliveryChannel via) {
        LOG.info("Delivery of {} fell back to {}", key, via);
    }

    @Override
    public void storefrontOrderRefused(StorefrontRefusal refusal) {
        LOG.warn("Storefront {} order {} item {} refused: {} ({})", refusal.provider(), refusal.invoice(),
                refusal.item(), refusal.reason(), refusal.detail());
    }

    @Override
    public void remindExpiry(LicenseKey key, LicenseType type) {
        // Not a DeliveryFailedException: that would mark the holder unreachable and the bot would never remind them.
        throw new IllegalStateException("no Discord connection in a command line run; the bot reminds the holder of "
                + key);
    }
}
