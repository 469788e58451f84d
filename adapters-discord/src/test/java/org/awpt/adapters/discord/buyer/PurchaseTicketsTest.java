package org.awpt.adapters.discord.buyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awpt.adapters.discord.BotFixture.ADMIN;
import static org.awpt.adapters.discord.BotFixture.BUYER;
import static org.awpt.adapters.discord.BotFixture.NO_ROLES;
import static org.awpt.adapters.discord.BotFixture.OTHER_BUYER;

import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import org.awpt.adapters.discord.BotDriver;
import org.awpt.adapters.discord.BotFixture;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.FakeDiscordOps;
import org.awpt.adapters.discord.runtime.NamedFile;
import org.awpt.application.ticket.TicketPolicy;
import org.awpt.domain.DiscordUserId;
import java.nio.charset.StandardCharsets;
import org.awpt.adapters.discord.runtime.MockEvents;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;
import org.awpt.domain.payment.PaymentMethods;
import org.junit.jupiter.api.Test;

class PurchaseTicketsTest {
    private final BotFixture bot = new BotFixture().stock(LicenseTypeCode.WEEKLY, 20).stock(LicenseTypeCode.MONTHLY, 20);
    private final BotDriver driver = new BotDriver(bot);
    private final FakeDiscordOps discord = bot.stores.discord;

    private PurchaseTicket openTicket() {
        driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PANEL_BUY), "panel-channel", "1");
        return bot.stores.tickets.findOpenOf(BUYER).orElseThrow();
    }

    private List<Button> embedButtons(PurchaseTicket ticket) {
        return BotDriver.buttons(discord.message(bot.stores.tickets.find(ticket.channelId()).orElseThrow()
                .embedMessageId()).reply());
    }

    private static Button payButton(List<Button> buttons, String type, String method) {
        String id = ComponentId.of(ComponentAction.PAY_METHOD, type, method).encode();
        return buttons.stream().filter(b -> id.equals(b.getCustomId())).findFirst().orElseThrow();
    }

    @Test
    void buyingOpensOnePrivateTicketWithThePaymentEmbed() {
        BotDriver.Answer answer = driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PANEL_BUY), "panel", "1");

        PurchaseTicket ticket = bot.stores.tickets.findOpenOf(BUYER).orElseThrow();
        assertThat(answer.text()).contains("<#" + ticket.channelId() + ">");
        assertThat(discord.channels()).containsKey(ticket.channelId());
        assertThat(ticket.guildId()).isEqualTo(MockEvents.GUILD);
        FakeDiscordOps.Posted embed = discord.message(ticket.embedMessageId());
        assertThat(embed.channelId()).isEqualTo(ticket.channelId());
        String text = BotDriver.text(embed.reply());
        assertThat(text).contains("Weekly").contains("Monthly").contains("2,400 Robux").contains("$6.99")
                .contains("\u20B1420").contains("In stock");
        List<Button> buttons = embedButtons(ticket);
        assertThat(buttons).filteredOn(b -> b.getCustomId().startsWith("v1:pay:method")).hasSize(12)
                .allMatch(b -> !b.isDisabled());
        assertThat(BotDriver.button(buttons, ComponentAction.MY_LICENSES)).isNotNull();
        assertThat(BotDriver.button(buttons, ComponentAction.TICKET_CLOSE)).isNotNull();
    }

    @Test
    void aSecondClickPointsToTheOpenTicket() {
        PurchaseTicket ticket = openTicket();

        BotDriver.Answer again = driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PANEL_BUY), "panel", "1");

        assertThat(again.text()).isEqualTo(bot.messages.get("ticket.existing", "channel", "<#" + ticket.channelId() + ">"));
        assertThat(discord.channels()).hasSize(1);
    }

    private static ChannelDeleteEvent deleted(String channelId, boolean inAServer) {
        ChannelDeleteEvent event = mock(ChannelDeleteEvent.class, RETURNS_DEEP_STUBS);
        when(event.isFromGuild()).thenReturn(inAServer);
        when(event.getChannel().getId()).thenReturn(channelId);
        return event;
    }

    @Test
    void aTicketWhoseChannelWasDeletedByHandIsClosedAndTheBuyerGetsANewOne() {
        PurchaseTicket old = openTicket();
        discord.deleteByHand(old.channelId());

        BotDriver.Answer again = driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PANEL_BUY), "panel", "1");

        PurchaseTicket fresh = bot.stores.tickets.findOpenOf(BUYER).orElseThrow();
        assertThat(fresh.channelId()).isNotEqualTo(old.channelId());
        assertThat(again.text()).isEqualTo(bot.messages.get("ticket.opened", "channel", "<#" + fresh.channelId() + ">"));
        assertThat(bot.stores.tickets.find(old.channelId()).orElseThrow().closedAt()).isEqualTo(bot.stores.clock.instant());
        assertThat(discord.channels()).containsOnlyKeys(fresh.channelId());
        assertThat(discord.message(fresh.embedMessageId()).channelId()).isEqualTo(fresh.channelId());
        assertThat(discord.deleted()).as("the bot deletes nothing").isEmpty();
    }

    @Test
    void deletingATicketChannelInDiscordClosesItsTicket() {
        PurchaseTicket ticket = openTicket();
        discord.deleteByHand(ticket.channelId());

        bot.deletions.onChannelDelete(deleted(ticket.channelId(), true));

        assertThat(bot.stores.tickets.findOpenOf(BUYER)).isEmpty();
        assertThat(bot.stores.tickets.find(ticket.channelId()).orElseThrow().closedAt())
                .isEqualTo(bot.stores.clock.instant());
    }

    @Test
    void deletingAnotherChannelLeavesTheTicketOpen() {
        PurchaseTicket ticket = openTicket();

        bot.deletions.onChannelDelete(deleted("123", true));
        bot.deletions.onChannelDelete(deleted(ticket.channelId(), false));

        assertThat(bot.stores.tickets.findOpenOf(BUYER)).contains(ticket);
    }

    private BotDriver.Answer close(DiscordUserId who, String[] roles, PurchaseTicket ticket, String reason) {
        BotDriver.Answer form = driver.click(who, roles, ComponentId.of(ComponentAction.TICKET_CLOSE),
                ticket.channelId(), ticket.embedMessageId());
        assertThat(form.modal()).as("Close asks for a reason first").isNotNull();
        return driver.submit(who, roles, form.modal().getId(), ticket.channelId(), List.of(), BuyerModals.REASON,
                reason);
    }

    @Test
    void theDeletionThatFollowsClosingATicketKeepsWhenItWasClosed() {
        PurchaseTicket ticket = openTicket();
        close(BUYER, NO_ROLES, ticket, "");
        Instant closedAt = bot.stores.tickets.find(ticket.channelId()).orElseThrow().closedAt();
        bot.stores.clock.advance(Duration.ofMinutes(1));

        bot.deletions.onChannelDelete(deleted(ticket.channelId(), true));

        assertThat(bot.stores.tickets.find(ticket.channelId()).orElseThrow().closedAt()).isEqualTo(closedAt);
    }

    @Test
    void buttonsAreDisabledWhileStockIsCriticalOrAMethodIsLockedDown() {
        BotFixture low = new BotFixture().stock(LicenseTypeCode.WEEKLY, 1).stock(LicenseTypeCode.MONTHLY, 20);
        low.stores.lockdowns.save(new Lockdown(Feature.paymentMethod("gcash"), true, ADMIN,
                low.stores.clock.instant(), "provider outage"));
        new BotDriver(low).click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PANEL_BUY), "panel", "1");
        PurchaseTicket ticket = low.stores.tickets.findOpenOf(BUYER).orElseThrow();
        List<Button> buttons = BotDriver.buttons(low.stores.discord.message(ticket.embedMessageId()).reply());

        assertThat(payButton(buttons, "weekly", "robux").isDisabled()).isTrue();
        assertThat(payButton(buttons, "monthly", "gcash").isDisabled()).isTrue();
        assertThat(payButton(buttons, "monthly", "robux").isDisabled()).isFalse();
        assertThat(BotDriver.text(low.stores.discord.message(ticket.embedMessageId()).reply()))
                .contains("provider outage").contains("purchases paused");
    }

    @Test
    void openEmbedsAreRefreshedWhenStockChanges() {
        BotFixture empty = new BotFixture().stock(LicenseTypeCode.MONTHLY, 20);
        new BotDriver(empty).click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PANEL_BUY), "panel", "1");
        PurchaseTicket ticket = empty.stores.tickets.findOpenOf(BUYER).orElseThrow();
        assertThat(payButton(BotDriver.buttons(empty.stores.discord.message(ticket.embedMessageId()).reply()),
                "weekly", "robux").isDisabled()).isTrue();

        empty.stock(LicenseTypeCode.WEEKLY, 20);

        assertThat(payButton(BotDriver.buttons(empty.stores.discord.message(ticket.embedMessageId()).reply()),
                "weekly", "robux").isDisabled()).isFalse();
    }

    @Test
    void ticketsAreFoundAfterARestartWithoutScanningChannels() {
        BotFixture empty = new BotFixture().stock(LicenseTypeCode.MONTHLY, 20);
        new BotDriver(empty).click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PANEL_BUY), "panel", "1");
        PurchaseTicket ticket = empty.stores.tickets.findOpenOf(BUYER).orElseThrow();
        BotFixture restarted = empty.restarted();
        restarted.stock.startUp();

        BotDriver.Answer again = new BotDriver(restarted).click(BUYER, NO_ROLES,
                ComponentId.of(ComponentAction.PANEL_BUY), "panel", "1");
        restarted.stock(LicenseTypeCode.WEEKLY, 20);

        assertThat(again.text()).contains("<#" + ticket.channelId() + ">");
        assertThat(payButton(BotDriver.buttons(empty.stores.discord.message(ticket.embedMessageId()).reply()),
                "weekly", "robux").isDisabled()).isFalse();
    }

    @Test
    void theBuyerClosesTheirTicketWithAReasonTheChannelIsLockedTheTranscriptPostedAndTheChannelDeletedLater() {
        PurchaseTicket ticket = openTicket();

        BotDriver.Answer closed = close(BUYER, NO_ROLES, ticket, "bought elsewhere *sorry*");

        Instant deleteAt = bot.stores.clock.instant().plus(TicketPolicy.defaults().channelDeleteDelay());
        assertThat(closed.text()).isEqualTo(bot.messages.get("ticket.closing", "deleteAt", deleteAt));
        assertThat(bot.stores.tickets.findOpenOf(BUYER)).isEmpty();
        assertThat(discord.isReadOnlyFor(ticket.channelId(), BUYER)).isTrue();
        assertThat(discord.in(ticket.channelId())).extracting(posted -> BotDriver.text(posted.reply()))
                .anySatisfy(text -> assertThat(text).contains("closed by <@" + BUYER + ">")
                        .contains("bought elsewhere \\*sorry\\*"));
        FakeDiscordOps.Posted logged = discord.in(BotFixture.ADMIN_CHANNEL).stream()
                .filter(posted -> !posted.reply().files().isEmpty()).findFirst().orElseThrow();
        String transcript = new String(logged.reply().files().get(0).bytes(), StandardCharsets.UTF_8);
        assertThat(logged.reply().files().get(0).name()).isEqualTo("transcript-" + ticket.channelId() + ".txt");
        assertThat(transcript).contains("Reason: bought elsewhere *sorry*").contains("Choose your license");
        assertThat(discord.dms(BUYER)).singleElement()
                .satisfies(dm -> assertThat(dm.reply().files()).extracting(NamedFile::name)
                        .containsExactly("transcript-" + ticket.channelId() + ".txt"));
        assertThat(discord.deleted()).as("not before the delay").isEmpty();

        bot.stores.clock.advance(TicketPolicy.defaults().channelDeleteDelay());
        assertThat(bot.tickets.deleteClosedChannels()).isEqualTo(1);
        assertThat(discord.deleted()).containsExactly(ticket.channelId());
    }

    @Test
    void anotherBuyerCannotCloseTheTicketButSupportCan() {
        PurchaseTicket ticket = openTicket();

        BotDriver.Answer refused = close(OTHER_BUYER, NO_ROLES, ticket, "");
        assertThat(refused.text()).isNotBlank();
        assertThat(bot.stores.tickets.findOpenOf(BUYER)).isPresent();

        close(new DiscordUserId(1_500), new String[] {BotFixture.SUPPORT_ROLE}, ticket, "");
        assertThat(bot.stores.tickets.findOpenOf(BUYER)).isEmpty();
    }

    @Test
    void aBuyerWhoTakesNoDirectMessagesStillHasTheirTicketClosedAndLogged() {
        PurchaseTicket ticket = openTicket();
        discord.closeDms(BUYER);

        close(BUYER, NO_ROLES, ticket, "");

        assertThat(bot.stores.tickets.findOpenOf(BUYER)).isEmpty();
        assertThat(discord.in(BotFixture.ADMIN_CHANNEL)).anyMatch(posted -> !posted.reply().files().isEmpty());
        assertThat(discord.dms(BUYER)).isEmpty();
    }
}
