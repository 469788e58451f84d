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

    @Test
    void theDeletionThatFollowsClosingATicketKeepsWhenItWasClosed() {
        PurchaseTicket ticket = openTicket();
        driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.TICKET_CLOSE), ticket.channelId(),
                ticket.embedMessageId());
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
    void theBuyerClosesTheirTicket() {
        PurchaseTicket ticket = openTicket();

        BotDriver.Answer closed = driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.TICKET_CLOSE),
                ticket.channelId(), ticket.embedMessageId());

        assertThat(closed.text()).isEqualTo(bot.messages.get("ticket.closing"));
        assertThat(discord.deleted()).containsExactly(ticket.channelId());
        assertThat(bot.stores.tickets.findOpenOf(BUYER)).isEmpty();
    }

    @Test
    void aBuyerOpeningTicketsOverAndOverIsToldWhenTheyMayOpenTheNextOne() {
        for (int i = 0; i < 3; i++) {
            PurchaseTicket ticket = openTicket();
            driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.TICKET_CLOSE), ticket.channelId(),
                    ticket.embedMessageId());
        }
        Instant retryAt = bot.stores.clock.instant().plusSeconds(30);

        BotDriver.Answer refused = driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PANEL_BUY), "panel", "1");

        assertThat(refused.text()).isEqualTo(bot.messages.get("error.cooling_down.open_ticket", "retryAt", retryAt))
                .contains("<t:" + retryAt.getEpochSecond() + ":R>");
        assertThat(bot.stores.tickets.findOpenOf(BUYER)).isEmpty();
        assertThat(discord.channels()).as("no fourth channel").isEmpty();

        bot.stores.clock.advance(Duration.ofSeconds(30));
        assertThat(openTicket().channelId()).isNotNull();
    }

    @Test
    void supportStaffMayCloseATicketButNotAnotherBuyer() {
        PurchaseTicket ticket = openTicket();

        BotDriver.Answer refused = driver.click(OTHER_BUYER, NO_ROLES, ComponentId.of(ComponentAction.TICKET_CLOSE),
                ticket.channelId(), ticket.embedMessageId());
        assertThat(refused.text()).isEqualTo(bot.messages.get("error.not_authorized"));
        assertThat(discord.deleted()).isEmpty();

        driver.click(BotFixture.SUPPORT, BotFixture.SUPPORT_ROLES, ComponentId.of(ComponentAction.TICKET_CLOSE),
                ticket.channelId(), ticket.embedMessageId());
        assertThat(discord.deleted()).containsExactly(ticket.channelId());
    }

    @Test
    void closingOutsideATicketFindsNothing() {
        BotDriver.Answer answer = driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.TICKET_CLOSE),
                "not-a-ticket", "1");
        assertThat(answer.text()).startsWith("Nothing found");
    }

    @Test
    void aShopTakingNoPaymentTellsTheAdminWhatToSetAndShowsBuyersNoPayButton() {
        BotFixture bare = BotFixture.takingNoPayment().stock(LicenseTypeCode.WEEKLY, 5);
        BotDriver bareDriver = new BotDriver(bare);

        BotDriver.Answer posted = bareDriver.slash(ADMIN, NO_ROLES, "panel");
        bareDriver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PANEL_BUY), "panel", "1");

        assertThat(posted.text()).startsWith("The purchase panel was posted, but buyers have nothing to pay with")
                .contains("`shop.paymentMethods`", "config.example.json", "shop.gamepasses");
        assertThat(bare.stores.discord.in(MockEvents.CHANNEL)).hasSize(1);
        PurchaseTicket ticket = bare.stores.tickets.findOpenOf(BUYER).orElseThrow();
        var embed = bare.stores.discord.message(ticket.embedMessageId()).reply();
        assertThat(BotDriver.text(embed)).contains(bare.messages.get("payment.none"));
        assertThat(BotDriver.buttons(embed)).extracting(Button::getCustomId).containsExactly(
                ComponentId.of(ComponentAction.MY_LICENSES).encode(), ComponentId.of(ComponentAction.TICKET_CLOSE).encode());
    }

    @Test
    void anAdminIsToldWhichMethodIsNotOfferedUntilItsDetailsAreSet() {
        ShopSettings s = new BotFixture().settings;
        java.util.List<PaymentMethod> methods = new java.util.ArrayList<>(s.methods().all());
        methods.set(3, new PaymentMethod("cashapp", "CashApp", PaymentMethodKind.MANUAL, "", "", "", java.util.Map.of()));
        BotFixture shop = BotFixture.with(access -> new ShopSettings(s.types(), s.prices(), new PaymentMethods(methods),
                s.gamePasses(), s.thresholds(), s.buyerPolicy(), s.proofPolicy(), s.importLimits(), access,
                s.sessionExpiry(), s.cooldowns(), s.zone())).stock(LicenseTypeCode.WEEKLY, 5);
        BotDriver shopDriver = new BotDriver(shop);

        BotDriver.Answer posted = shopDriver.slash(ADMIN, NO_ROLES, "panel");
        shopDriver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PANEL_BUY), "panel", "1");

        assertThat(posted.text()).startsWith("The purchase panel was posted. Some payment methods are not offered")
                .contains("`shop.paymentMethods[3].details`: where buyers pay with CashApp (cashapp)");
        PurchaseTicket ticket = shop.stores.tickets.findOpenOf(BUYER).orElseThrow();
        List<Button> buttons = BotDriver.buttons(shop.stores.discord.message(ticket.embedMessageId()).reply());
        assertThat(payButton(buttons, "weekly", "gcash")).isNotNull();
        assertThat(buttons).extracting(Button::getLabel).noneMatch(label -> label.startsWith("CashApp"));
    }

    @Test
    void onlyAdminsPostThePanel() {
        BotDriver.Answer refused = driver.slash(BUYER, NO_ROLES, "panel");
        assertThat(refused.text()).isEqualTo(bot.messages.get("error.not_authorized"));
        assertThat(discord.in(MockEvents.CHANNEL)).isEmpty();

        BotDriver.Answer posted = driver.slash(ADMIN, NO_ROLES, "panel");
        assertThat(posted.text()).isEqualTo(bot.messages.get("panel.posted"));
        List<Button> buttons = BotDriver.buttons(discord.in(MockEvents.CHANNEL).get(0).reply());
        assertThat(BotDriver.button(buttons, ComponentAction.PANEL_BUY).getLabel()).isEqualTo("Buy a license");
    }

    @Test
    void myLicensesWithoutKeysSaysSo() {
        assertThat(driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.MY_LICENSES), "panel", "1").text())
                .isEqualTo(bot.messages.get("mine.none"));
    }

    @Test
    void anOldButtonIsAnsweredAsExpired() {
        assertThat(driver.click(BUYER, NO_ROLES, "buy_license", "panel", "1").text())
                .isEqualTo(bot.messages.get("error.expired"));
    }
}
