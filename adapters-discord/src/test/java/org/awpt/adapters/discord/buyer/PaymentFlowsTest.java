package org.awpt.adapters.discord.buyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awpt.adapters.discord.BotFixture.ADMIN;
import static org.awpt.adapters.discord.BotFixture.ADMIN_CHANNEL;
import static org.awpt.adapters.discord.BotFixture.BUYER;
import static org.awpt.adapters.discord.BotFixture.NO_ROLES;
import static org.awpt.adapters.discord.BotFixture.OTHER_ADMIN;
import static org.awpt.adapters.discord.BotFixture.OTHER_BUYER;

import java.util.List;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import org.awpt.adapters.discord.BotDriver;
import org.awpt.adapters.discord.BotFixture;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.FakeDiscordOps;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentFlowsTest {
    private static final long WEEKLY_PASS = 1022970504L;
    private static final RobloxUserId ROBLOX = new RobloxUserId(156);

    private final BotFixture bot = new BotFixture().stock(LicenseTypeCode.WEEKLY, 20).stock(LicenseTypeCode.MONTHLY, 20);
    private final BotDriver driver = new BotDriver(bot);
    private final FakeDiscordOps discord = bot.stores.discord;
    private String ticket;

    @BeforeEach
    void openTicket() {
        driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PANEL_BUY), "panel", "1");
        PurchaseTicket open = bot.stores.tickets.findOpenOf(BUYER).orElseThrow();
        ticket = open.channelId();
        bot.stores.roblox.addUser(new RobloxUser(ROBLOX, "Builderman", "Builder", false))
                .addGamePass(new GamePassInfo(WEEKLY_PASS, "Donation", 2400L, true));
    }

    private BotDriver.Answer pay(String type, String method) {
        return driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PAY_METHOD, type, method), ticket, "2");
    }

    private BotDriver.Answer verifyRobux(String account) {
        return driver.submit(BUYER, NO_ROLES, ComponentId.of(ComponentAction.ROBUX_MODAL, "weekly").encode(), ticket,
                List.of(), BuyerModals.ACCOUNT, account);
    }

    // ---- Robux ----

    @Test
    void robuxShowsTheGamepassAndVerifiesThroughTheModal() {
        BotDriver.Answer instructions = pay("weekly", "robux");
        assertThat(instructions.all()).contains("2,400 Robux").contains("game-pass/1022970504");
        Button purchased = BotDriver.button(instructions.buttons(), ComponentAction.ROBUX_PURCHASED);
        assertThat(instructions.buttons()).anyMatch(b -> b.getStyle() == ButtonStyle.LINK
                && b.getUrl().contains("1022970504"));

        BotDriver.Answer modal = driver.click(BUYER, NO_ROLES, purchased.getCustomId(), ticket, "3");
        assertThat(modal.modal().getId()).isEqualTo("v1:robux:modal:weekly");
        assertThat(modal.edits()).isEmpty();

        bot.stores.roblox.grant(ROBLOX, WEEKLY_PASS, 77);
        BotDriver.Answer verified = verifyRobux("Builderman");

        assertThat(verified.text()).contains("Builderman").contains(bot.messages.get("robux.verified.dm"));
        assertThat(discord.dms(BUYER)).singleElement().satisfies(dm -> {
            String text = BotDriver.text(dm.reply());
            assertThat(text).contains("Weekly");
            String code = bot.stores.keys.heldBy(BUYER).get(0).code().value();
            assertThat(text).contains(code);
        });
    }

    @Test
    void aGamepassNotOwnedIsExplained() {
        assertThat(verifyRobux("156").text()).isEqualTo(bot.messages.get("error.gamepass_not_owned"));
        assertThat(bot.stores.keys.heldBy(BUYER)).isEmpty();
    }

    @Test
    void aGamepassAlreadyPaidOutGetsTheRemovalAndRebuyInstructions() {
        bot.stores.roblox.grant(ROBLOX, WEEKLY_PASS, 77);
        verifyRobux("Builderman");
        bot.stores.clock.advance(java.time.Duration.ofDays(8));

        BotDriver.Answer again = verifyRobux("Builderman");

        assertThat(again.text()).isEqualTo(bot.messages.get("error.already_paid_out")).contains("Delete from Inventory");
        assertThat(bot.stores.keys.heldBy(BUYER)).hasSize(1);
    }

    @Test
    void iRemovedItOpensTheNextPurchaseWhenRobloxGivesNoInstanceId() {
        bot.stores.roblox.grantWithoutInstance(ROBLOX, WEEKLY_PASS);
        verifyRobux("Builderman");
        bot.stores.clock.advance(java.time.Duration.ofDays(8));
        BotDriver.Answer paidOut = verifyRobux("Builderman");
        Button removed = BotDriver.button(paidOut.buttons(), ComponentAction.ROBUX_REMOVED);
        assertThat(removed.getCustomId()).isEqualTo("v1:robux:removed:weekly:156");
        assertThat(removed.getLabel()).isEqualTo(bot.messages.get("robux.button.removed"));
        assertThat(paidOut.text()).isEqualTo(bot.messages.get("error.already_paid_out"));

        assertThat(driver.click(BUYER, NO_ROLES, removed.getCustomId(), ticket, "4").text())
                .isEqualTo(bot.messages.get("error.gamepass_still_owned"));
        bot.stores.roblox.revoke(ROBLOX, WEEKLY_PASS);
        assertThat(driver.click(BUYER, NO_ROLES, removed.getCustomId(), ticket, "4").text())
                .isEqualTo(bot.messages.get("robux.removed.next"));
        bot.stores.roblox.grantWithoutInstance(ROBLOX, WEEKLY_PASS);

        assertThat(verifyRobux("Builderman").text()).contains(bot.messages.get("robux.verified.dm"));
        assertThat(bot.stores.keys.heldBy(BUYER)).extracting(k -> k.orderId().value())
                .containsExactlyInAnyOrder("robux:156:1022970504:c1", "robux:156:1022970504:c2");
    }

    @Test
    void aHiddenInventoryGetsThePrivacyInstructions() {
        bot.stores.roblox.grantWithoutInstance(ROBLOX, WEEKLY_PASS).hideInventory(ROBLOX);

        assertThat(verifyRobux("Builderman").text()).isEqualTo(bot.messages.get("error.roblox_inventory_hidden"))
                .contains("Settings > Privacy");
        assertThat(bot.stores.keys.heldBy(BUYER)).isEmpty();
    }

    @Test
    void aRobloxOutageSaysTryAgain() {
        bot.stores.roblox.goDown();
        assertThat(verifyRobux("Builderman").text()).startsWith("Roblox is not answering");
    }

    @Test
    void anEmptyAccountIsRefused() {
        assertThat(verifyRobux("   ").text()).startsWith("That does not look right");
    }

    @Test
    void aClosedDmPutsTheKeyInTheTicketAndTellsTheAdminsWithoutRetryingTheDm() {
        discord.closeDms(BUYER);
        bot.stores.roblox.grant(ROBLOX, WEEKLY_PASS, 77);

        BotDriver.Answer verified = verifyRobux("Builderman");

        String code = bot.stores.keys.heldBy(BUYER).get(0).code().value();
        assertThat(verified.text()).contains(bot.messages.get("robux.verified.ticket"));
        assertThat(discord.in(ticket)).anySatisfy(m -> assertThat(BotDriver.text(m.reply())).contains(code));
        assertThat(discord.in(ADMIN_CHANNEL)).anySatisfy(m -> assertThat(BotDriver.text(m.reply()))
                .contains("could not be sent by direct message").doesNotContain(code));
        assertThat(discord.dmAttempts(BUYER)).isEqualTo(1);
        bot.restarted();
        BotDriver.Answer mine = driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.MY_LICENSES), ticket, "2");
        assertThat(mine.all()).contains(code);
    }

    @Test
    void aLockedMethodIsRefusedWithItsReason() {
        bot.stores.lockdowns.save(new Lockdown(Feature.paymentMethod("robux"), true, ADMIN,
                bot.stores.clock.instant(), "Roblox maintenance"));
        assertThat(pay("weekly", "robux").text()).contains("Roblox maintenance");
    }

    // ---- Storefront ----

    @Test
    void payPalShowsTheStorefrontLinkAndCanBeCancelled() {
        BotDriver.Answer shown = pay("monthly", "paypal");
        assertThat(shown.all()).contains("sellpass.io/products/monthly");
        Button cancel = BotDriver.button(shown.buttons(), ComponentAction.STOREFRONT_CANCEL);

        BotDriver.Answer cancelled = driver.click(BUYER, NO_ROLES, cancel.getCustomId(), ticket, "3");

        assertThat(cancelled.text()).isEqualTo(bot.messages.get("storefront.cancelled"));
        assertThat(bot.stores.visits.openVisitsOf(BUYER)).isEmpty();
    }

    // ---- Manual ----

    private String submitManual(byte[] proof) {
        BotDriver.Answer details = pay("weekly", "gcash");
        assertThat(details.all()).contains("09356040108").contains("$6.99");
        Button paid = BotDriver.button(details.buttons(), ComponentAction.MANUAL_PAID);
        BotDriver.Answer modal = driver.click(BUYER, NO_ROLES, paid.getCustomId(), ticket, "3");
        assertThat(modal.modal().getComponents()).hasSize(5);
        discord.serve("https://cdn.example/proof.png", proof);
        BotDriver.Answer submitted = driver.submit(BUYER, NO_ROLES, modal.modal().getId(), ticket,
                List.of("https://cdn.example/proof.png"), BuyerModals.METHOD_USED, "GCash",
                BuyerModals.TRANSACTION, "TX-1", BuyerModals.CONTACT, "buyer@example.com", BuyerModals.NOTES, "");
        return submitted.text();
    }

    private FakeDiscordOps.Posted adminNotice() {
        return discord.in(ADMIN_CHANNEL).stream().filter(m -> !BotDriver.buttons(m.reply()).isEmpty()).findFirst()
                .orElseThrow();
    }

    private FakeDiscordOps.Posted ticketNotice() {
        return discord.in(ticket).stream().filter(m -> BotDriver.buttons(m.reply()).stream()
                .anyMatch(b -> b.getCustomId() != null && b.getCustomId().startsWith("v1:pay:cancel"))).findFirst()
                .orElseThrow();
    }

    private BotDriver.Answer approve(BotFixture on, org.awpt.domain.DiscordUserId admin, FakeDiscordOps.Posted notice) {
        Button approve = BotDriver.button(BotDriver.buttons(notice.reply()), ComponentAction.PAY_APPROVE);
        return new BotDriver(on).click(admin, NO_ROLES, approve.getCustomId(), notice.channelId(), notice.messageId());
    }

    @Test
    void aManualPaymentReachesTheAdminsWithItsProofAndApprovalDeliversTheKey() {
        assertThat(submitManual(BotFixture.PNG)).isEqualTo(bot.messages.get("manual.submitted"));

        FakeDiscordOps.Posted notice = adminNotice();
        assertThat(notice.reply().files()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("proof.png"));
        assertThat(BotDriver.text(notice.reply())).contains("TX-1").contains("buyer@example.com").contains("<@2000>");
        assertThat(BotDriver.buttons(ticketNotice().reply())).hasSize(1);

        BotDriver.Answer approved = approve(bot, ADMIN, notice);

        String code = bot.stores.keys.heldBy(BUYER).get(0).code().value();
        assertThat(discord.dms(BUYER)).anySatisfy(dm -> assertThat(BotDriver.text(dm.reply())).contains(code));
        assertThat(approved.edited()).isTrue();
        assertThat(approved.buttons()).isNotEmpty().allMatch(Button::isDisabled);
        for (FakeDiscordOps.Posted copy : List.of(discord.message(notice.messageId()),
                discord.message(ticketNotice().messageId()))) {
            assertThat(BotDriver.buttons(copy.reply())).isNotEmpty().allMatch(Button::isDisabled);
            assertThat(BotDriver.text(copy.reply())).contains("Approved by <@1000>").doesNotContain(code);
        }
    }

    @Test
    void aSecondApprovalIsRefusedAndChangesNothing() {
        submitManual(BotFixture.PNG);
        FakeDiscordOps.Posted notice = adminNotice();
        approve(bot, ADMIN, notice);
        long used = bot.stores.keys.count(org.awpt.application.port.KeyFilter.of(null, KeyStatus.USED));
        int edits = discord.edits();

        BotDriver.Answer second = approve(bot, OTHER_ADMIN, notice);

        assertThat(second.text()).isEqualTo("This payment was already approved by <@1000>. Nothing was changed.");
        assertThat(second.edited()).isFalse();
        assertThat(bot.stores.keys.count(org.awpt.application.port.KeyFilter.of(null, KeyStatus.USED))).isEqualTo(used);
        assertThat(discord.edits()).isEqualTo(edits);
    }

    @Test
    void aBuyerCannotApproveTheirOwnPayment() {
        submitManual(BotFixture.PNG);
        FakeDiscordOps.Posted notice = adminNotice();

        BotDriver.Answer refused = approve(bot, BUYER, notice);

        assertThat(refused.text()).isEqualTo(bot.messages.get("error.not_authorized"));
        assertThat(BotDriver.buttons(discord.message(notice.messageId()).reply())).noneMatch(Button::isDisabled);
    }

    @Test
    void aRestartBetweenProofAndApprovalLosesNothing() {
        submitManual(BotFixture.PNG);
        FakeDiscordOps.Posted notice = adminNotice();

        BotFixture restarted = bot.restarted();
        approve(restarted, ADMIN, notice);

        assertThat(bot.stores.keys.heldBy(BUYER)).hasSize(1);
        assertThat(BotDriver.buttons(discord.message(ticketNotice().messageId()).reply())).allMatch(Button::isDisabled);
        assertThat(BotDriver.buttons(discord.message(notice.messageId()).reply())).allMatch(Button::isDisabled);
    }

    @Test
    void aProofThatIsNotAnImageIsRefusedBeforeAnySessionExists() {
        String answer = submitManual("just some text, not a screenshot".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(answer).isEqualTo(bot.messages.get("error.proof_not_image"));
        assertThat(bot.stores.sessions.openSessionsOf(BUYER)).isEmpty();
        assertThat(discord.in(ADMIN_CHANNEL)).allMatch(m -> BotDriver.buttons(m.reply()).isEmpty());
    }

    @Test
    void aProofLargerThanTheCapIsRefused() {
        byte[] huge = new byte[(int) bot.settings.proofPolicy().maxBytes() + 10];
        System.arraycopy(BotFixture.PNG, 0, huge, 0, BotFixture.PNG.length);
        assertThat(submitManual(huge)).startsWith("The proof is too large");
    }

    @Test
    void aRejectionAsksForAReasonAndTellsTheBuyer() {
        submitManual(BotFixture.PNG);
        FakeDiscordOps.Posted notice = adminNotice();
        Button reject = BotDriver.button(BotDriver.buttons(notice.reply()), ComponentAction.PAY_REJECT);

        BotDriver.Answer modal = driver.click(ADMIN, NO_ROLES, reject.getCustomId(), notice.channelId(),
                notice.messageId());
        assertThat(modal.modal().getId()).startsWith("v1:pay:rejectm:");
        driver.submit(ADMIN, NO_ROLES, modal.modal().getId(), notice.channelId(), List.of(),
                BuyerModals.REASON, "the amount is wrong");

        assertThat(discord.dms(BUYER)).anySatisfy(dm -> assertThat(BotDriver.text(dm.reply()))
                .contains("the amount is wrong"));
        assertThat(BotDriver.text(discord.message(notice.messageId()).reply())).contains("Rejected by <@1000>");
        assertThat(bot.stores.keys.heldBy(BUYER)).isEmpty();
    }

    @Test
    void theBuyerCancelsFromTheTicket() {
        submitManual(BotFixture.PNG);
        FakeDiscordOps.Posted copy = ticketNotice();
        Button cancel = BotDriver.button(BotDriver.buttons(copy.reply()), ComponentAction.PAY_CANCEL);

        BotDriver.Answer cancelled = driver.click(BUYER, NO_ROLES, cancel.getCustomId(), ticket, copy.messageId());

        assertThat(cancelled.buttons()).allMatch(Button::isDisabled);
        assertThat(BotDriver.text(discord.message(adminNotice().messageId()).reply())).contains("Cancelled by <@2000>");
    }

    @Test
    void aForgedSessionIdFindsNothing() {
        BotDriver.Answer answer = driver.click(ADMIN, NO_ROLES, ComponentId.of(ComponentAction.PAY_APPROVE, "short"),
                ADMIN_CHANNEL, "9");
        assertThat(answer.text()).startsWith("Nothing found");
    }
}
