package org.awpt.adapters.discord.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.awpt.adapters.discord.notify.JdaTicketArchive;
import org.awpt.adapters.discord.runtime.FakeDiscordOps;
import org.awpt.adapters.discord.text.BuyerTexts;
import org.awpt.adapters.discord.text.Languages;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.buyer.BuyerLanguage;
import org.awpt.domain.ticket.CloseCause;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.domain.ticket.TicketClosing;
import org.awpt.domain.ticket.Transcript;
import org.junit.jupiter.api.Test;

/** What the shop writes in a ticket and sends its buyer when it closes is in the buyer's language; the log's copy in the shop's. */
class TicketTextsInTheBuyersLanguageTest {
    private static final DiscordUserId FILIPINO_BUYER = new DiscordUserId(7_001);
    private static final DiscordUserId ENGLISH_BUYER = new DiscordUserId(7_002);
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final Messages ENGLISH = Messages.english();
    private static final Messages FILIPINO = Messages.forLocale(Languages.FILIPINO);

    private final FakeDiscordOps discord = new FakeDiscordOps();
    private final BuyerTexts texts = new BuyerTexts(ENGLISH, buyer -> buyer.equals(FILIPINO_BUYER)
            ? Optional.of(BuyerLanguage.chosen(Languages.FILIPINO)) : Optional.empty());
    private final DiscordTicketChannels channels = new DiscordTicketChannels(discord, texts);

    private PurchaseTicket ticketOf(DiscordUserId buyer) {
        String channel = channels.open("500", buyer);
        return PurchaseTicket.opened(channel, "500", buyer, NOW);
    }

    @Test
    void theIdleWarningIsInTheBuyersLanguage() {
        PurchaseTicket filipino = ticketOf(FILIPINO_BUYER);
        PurchaseTicket english = ticketOf(ENGLISH_BUYER);

        channels.warnIdle(filipino, NOW.plusSeconds(3_600));
        channels.warnIdle(english, NOW.plusSeconds(3_600));

        assertThat(discord.in(filipino.channelId())).singleElement().satisfies(posted -> assertThat(
                posted.reply().content()).isEqualTo(FILIPINO.get("ticket.idle.warning", "buyer", "<@" + FILIPINO_BUYER
                        + ">", "closesAt", NOW.plusSeconds(3_600))));
        assertThat(discord.in(english.channelId())).singleElement().satisfies(posted -> assertThat(
                posted.reply().content()).isEqualTo(ENGLISH.get("ticket.idle.warning", "buyer", "<@" + ENGLISH_BUYER
                        + ">", "closesAt", NOW.plusSeconds(3_600))));
    }

    @Test
    void theClosingNoticeAndTheTranscriptsDirectMessageAreInTheBuyersLanguageTheLogsCopyInTheShops() {
        PurchaseTicket ticket = ticketOf(FILIPINO_BUYER);
        TicketClosing closing = new TicketClosing(ticket.close(NOW, NOW.plusSeconds(10)), null, CloseCause.IDLE, null);
        JdaTicketArchive archive = new JdaTicketArchive(discord, texts, Optional.of("900"));

        channels.announceClose(closing);
        archive.keep(closing, Transcript.unavailable(ticket.channelId()));
        boolean sent = archive.sendToBuyer(closing, Transcript.unavailable(ticket.channelId()));

        assertThat(discord.in(ticket.channelId())).singleElement().satisfies(posted -> assertThat(
                posted.reply().content()).startsWith(FILIPINO.get("ticket.closed.idle", "closer", "")));
        assertThat(sent).isTrue();
        assertThat(discord.dms(FILIPINO_BUYER)).singleElement().satisfies(posted -> assertThat(posted.reply().content())
                .startsWith(FILIPINO.get("ticket.transcript.dm", "closedAt", NOW, "how",
                        FILIPINO.get("ticket.transcript.how.idle", "closer", ""))));
        assertThat(discord.in("900")).singleElement().satisfies(posted -> assertThat(posted.reply().content())
                .contains(ENGLISH.get("ticket.transcript.how.idle", "closer", "")));
    }
}
