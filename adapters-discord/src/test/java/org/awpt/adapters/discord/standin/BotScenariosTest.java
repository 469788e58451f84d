package org.awpt.adapters.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.awpt.adapters.discord.BotFixture;
import org.awpt.adapters.discord.FourTypeShop;
import org.awpt.adapters.discord.buyer.BuyerModals;
import org.awpt.adapters.discord.buyer.PaymentLayout;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.lifecycle.JdaExpiryReminderNotifier;
import org.awpt.adapters.discord.notify.ClosedDirectMessages;
import org.awpt.adapters.discord.runtime.ErrorNoticeTarget;
import org.awpt.adapters.discord.runtime.StaffErrorNotices;
import org.awpt.adapters.discord.runtime.UnexpectedFailure;
import org.awpt.application.fake.TestKeys;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.RobloxUserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: the real bot, through real JDA, against the Discord stand-in. Each scenario is what a
 * person does in Discord; the assertions are what people would see there.
 */
class BotScenariosTest {

    private static final long WEEKLY_PASS = 1022970504L;
    private static final RobloxUserId ROBLOX = new RobloxUserId(156);
    private static final long VIEW_CHANNEL = 1L << 10;

    private LiveBot live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.closeAndCheck();
        }
    }

    private static String id(ComponentAction action, String... args) {
        return LiveBot.id(action, args);
    }

    private static boolean hasButton(PostedMessage message, ComponentAction action) {
        return LiveBot.hasButton(message, action);
    }

    private static String button(PostedMessage message, ComponentAction action) {
        return LiveBot.button(message, action);
    }

    /** The admin posts the panel and the buyer opens a ticket from it; returns the ticket channel. */
    private long openTicket() {
        return openTicketAs(live.world.buyer);
    }

    /** The admin posts the panel and this person opens a ticket from it; returns the ticket channel. */
    private long openTicketAs(StandInUser person) {
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;
        InjectedInteraction panel = discord.slashCommand(world.admin, world.shopChannel, "panel");
        discord.awaitAnswer(panel);
        PostedMessage panelMessage = discord.awaitMessageIn(world.shopChannel,
                message -> hasButton(message, ComponentAction.PANEL_BUY));
        InjectedInteraction buy = discord.buttonClick(person, panelMessage, id(ComponentAction.PANEL_BUY));
        discord.awaitAnswer(buy);
        return Long.parseLong(world.stores.tickets.findOpenOf(LiveBot.World.idOf(person)).orElseThrow().channelId());
    }

    /** The buyer picks weekly by a manual method in the ticket, presses "I paid" and submits the modal. */
    private InjectedInteraction submitManualModal(long ticket, String method, ModalField... fields) {
        DiscordStandIn discord = live.world.discord;
        StandInUser buyer = live.world.buyer;
        PostedMessage purchase = discord.awaitMessageIn(ticket, message -> hasButton(message, ComponentAction.PAY_METHOD));
        PostedMessage details = discord.awaitAnswer(discord.buttonClick(buyer, purchase,
                id(ComponentAction.PAY_METHOD, "weekly", method)));
        InjectedInteraction paid = discord.buttonClick(buyer, details, button(details, ComponentAction.MANUAL_PAID));
        discord.awaitCallback(paid);
        return discord.modalSubmit(buyer, details, paid.modal().orElseThrow().path("custom_id").asText(), fields);
    }

    /** The buyer pays a weekly license by GCash and submits the proof; returns the ticket channel. */
    private long submitManualPayment() {
        long ticket = openTicket();
        InjectedInteraction submit = submitManualModal(ticket, "gcash",
                ModalField.text(BuyerModals.METHOD_USED, "GCash"),
                ModalField.text(BuyerModals.TRANSACTION, "TX-1"),
                ModalField.text(BuyerModals.CONTACT, "buyer@example.com"),
                ModalField.text(BuyerModals.NOTES, ""),
                ModalField.files(BuyerModals.PROOF, new StandInFile("proof.png", "image/png", BotFixture.PNG)));
        assertThat(live.world.discord.awaitAnswer(submit).visibleText())
                .contains(live.messages.get("manual.submitted"));
        return ticket;
    }

    @Test
    void aBuyerOfAShopWithMoreChoicesThanButtonsPicksATypeFromTheMenuThenPays() {
        live = LiveBot.start(FourTypeShop::of);
        FourTypeShop.TYPES.forEach(type -> live.stock(type, 5));
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;
        long ticket = openTicket();
        PostedMessage purchase = discord.awaitMessageIn(ticket, message -> hasButton(message, ComponentAction.PAY_TYPE));
        assertThat(purchase.customIds()).noneMatch(customId -> customId.startsWith("v1:pay:method"));

        PostedMessage yearly = discord.awaitAnswer(discord.selectMenu(world.buyer, purchase,
                id(ComponentAction.PAY_TYPE), FourTypeShop.YEARLY.value()));

        assertThat(yearly.ephemeral()).isTrue();
        assertThat(yearly.customIds()).hasSize(6).allMatch(customId -> customId.startsWith("v1:pay:method:yearly:"));
        discord.awaitMessageIn(ticket, message -> message.id() == purchase.id() && message.edits() > 0);
        PostedMessage details = discord.awaitAnswer(discord.buttonClick(world.buyer, yearly,
                id(ComponentAction.PAY_METHOD, FourTypeShop.YEARLY.value(), "gcash")));
        assertThat(details.visibleText()).contains("09356040108");
        InjectedInteraction paid = discord.buttonClick(world.buyer, details, button(details, ComponentAction.MANUAL_PAID));
        discord.awaitCallback(paid);
        InjectedInteraction submit = discord.modalSubmit(world.buyer, details,
                paid.modal().orElseThrow().path("custom_id").asText(),
                ModalField.text(BuyerModals.METHOD_USED, "GCash"), ModalField.text(BuyerModals.TRANSACTION, "TX-Y"),
                ModalField.text(BuyerModals.CONTACT, "buyer@example.com"), ModalField.text(BuyerModals.NOTES, ""),
                ModalField.files(BuyerModals.PROOF, new StandInFile("proof.png", "image/png", BotFixture.PNG)));

        assertThat(discord.awaitAnswer(submit).visibleText()).contains(live.messages.get("manual.submitted"));
        assertThat(discord.awaitMessageIn(world.adminChannel, message -> hasButton(message, ComponentAction.PAY_APPROVE))
                .visibleText()).contains("Yearly").contains("TX-Y");
    }

    @Test
    void theStaffAreToldOfAnUnexpectedFailureThroughAnIncomingWebhook() {
        live = LiveBot.start();
        long staff = live.world.guild.addTextChannel("staff-errors");
        String webhook = live.world.discord.addWebhook(staff);
        StaffErrorNotices notices = new StaffErrorNotices(live.ops(), live.messages,
                new ErrorNoticeTarget.Webhook(webhook), java.time.Duration.ofMinutes(10), live.world.stores.clock,
                Runnable::run);

        notices.tell(new UnexpectedFailure("1234", "PAY_APPROVE", "java.lang.IllegalStateException"));

        assertThat(live.world.discord.awaitMessageIn(staff, message -> true).content())
                .contains("java.lang.IllegalStateException").contains("PAY_APPROVE").contains("1234");
    }

    @Test
    void twoAdminsApprovingTheSameManualPaymentAtOnceDeliverOneKeyAndBothNoticesShowTheApproval() {
        live = LiveBot.start().stock(LicenseTypeCode.WEEKLY, 5).stock(LicenseTypeCode.MONTHLY, 5);
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;
        long ticket = submitManualPayment();
        PostedMessage notice = discord.awaitMessageIn(world.adminChannel,
                message -> hasButton(message, ComponentAction.PAY_APPROVE));
        assertThat(notice.files()).extracting(Upload::filename).containsExactly("proof.png");
        assertThat(notice.visibleText()).contains("TX-1").contains("buyer@example.com");
        String approve = button(notice, ComponentAction.PAY_APPROVE);

        InjectedInteraction first = discord.buttonClick(world.admin, notice, approve);
        InjectedInteraction second = discord.buttonClick(world.otherAdmin, notice, approve);

        discord.awaitCallback(first);
        discord.awaitCallback(second);
        String code = discord.awaitDirectMessageTo(world.buyer, dm -> dm.visibleText().contains("license key"))
                .visibleText();
        assertThat(world.stores.keys.heldBy(LiveBot.World.idOf(world.buyer))).singleElement()
                .satisfies(key -> assertThat(code).contains(key.code().value()));
        PostedMessage approvedNotice = discord.awaitMessageIn(world.adminChannel,
                message -> message.id() == notice.id() && message.visibleText().contains("Approved by"));
        PostedMessage ticketCopy = discord.awaitMessageIn(ticket,
                message -> message.visibleText().contains("Approved by"));
        for (PostedMessage copy : java.util.List.of(approvedNotice, ticketCopy)) {
            assertThat(copy.customIds()).isNotEmpty().allMatch(copy::isDisabled);
        }
        String winner = approvedNotice.visibleText().contains("<@" + world.admin.idString() + ">")
                ? world.admin.idString() : world.otherAdmin.idString();
        assertThat(ticketCopy.visibleText()).contains("Approved by <@" + winner + ">");
        InjectedInteraction loser = winner.equals(world.admin.idString()) ? second : first;
        assertThat(discord.awaitAnswer(loser).visibleText()).contains("already approved by <@" + winner + ">");
        String masked = world.stores.keys.heldBy(LiveBot.World.idOf(world.buyer)).get(0).code().masked();
        assertThat(discord.awaitMessageIn(world.adminChannel, BotScenariosTest::saleLine).visibleText())
                .contains("<@" + world.buyer.idString() + ">").contains("gcash").contains(masked);
        assertThat(discord.messagesIn(world.adminChannel)).as("one sale, one line").filteredOn(BotScenariosTest::saleLine)
                .hasSize(1);
    }

    /** A line of the sales feed, which goes to the admin channel when no sales channel is configured. */
    private static boolean saleLine(PostedMessage message) {
        return message.visibleText().startsWith("Sale ");
    }

    /** A shop with stock and a Roblox account that owns the weekly gamepass. */
    private void startShopWithRobuxBuyer() {
        startShopWithRobuxBuyer(5);
    }

    private void startShopWithRobuxBuyer(int weeklyKeys) {
        live = LiveBot.start().stock(LicenseTypeCode.WEEKLY, weeklyKeys).stock(LicenseTypeCode.MONTHLY, 5);
        live.world.stores.roblox.addUser(new RobloxUser(ROBLOX, "Builderman", "Builder", false))
                .addGamePass(new GamePassInfo(WEEKLY_PASS, "Donation", 2400L, true))
                .grant(ROBLOX, WEEKLY_PASS, 77);
    }

    /** The buyer picks weekly by Robux in the ticket and opens the verification modal; returns the instructions. */
    private PostedMessage robuxInstructions(long ticket) {
        DiscordStandIn discord = live.world.discord;
        PostedMessage purchase = discord.awaitMessageIn(ticket, message -> hasButton(message, ComponentAction.PAY_METHOD));
        PostedMessage instructions = discord.awaitAnswer(discord.buttonClick(live.world.buyer, purchase,
                id(ComponentAction.PAY_METHOD, "weekly", "robux")));
        assertThat(instructions.visibleText()).contains("2,400 Robux");
        return instructions;
    }

    /** The buyer presses "I purchased the gamepass" and submits the Roblox account; returns the bot's answer. */
    private PostedMessage verifyRobux(PostedMessage instructions) {
        DiscordStandIn discord = live.world.discord;
        InjectedInteraction purchased = discord.buttonClick(live.world.buyer, instructions,
                button(instructions, ComponentAction.ROBUX_PURCHASED));
        discord.awaitCallback(purchased);
        InjectedInteraction verify = discord.modalSubmit(live.world.buyer, instructions,
                purchased.modal().orElseThrow().path("custom_id").asText(),
                ModalField.text(BuyerModals.ACCOUNT, "Builderman"));
        return discord.awaitAnswer(verify);
    }

    /** The allow or deny bits of a channel's permission overwrite for a role or member id (0 when none). */
    private static long overwrite(JsonNode channel, long targetId, String field) {
        for (JsonNode overwrite : channel.path("permission_overwrites")) {
            if (overwrite.path("id").asLong() == targetId) {
                return Long.parseLong(overwrite.path(field).asText("0"));
            }
        }
        return 0;
    }

    private String buyersKey() {
        return live.world.stores.keys.heldBy(LiveBot.World.idOf(live.world.buyer)).get(0).code().value();
    }

    @Test
    void aBuyerOpensATicketPaysWithRobuxGetsTheKeyByDmAndTheRoleAndTheSameOwnershipIsRefusedAgain() {
        startShopWithRobuxBuyer();
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;

        long ticket = openTicket();
        JsonNode ticketChannel = world.guild.channel(ticket).orElseThrow();
        assertThat(ticketChannel.path("parent_id").asLong()).isEqualTo(world.ticketCategory);
        assertThat(overwrite(ticketChannel, world.guild.id(), "deny") & VIEW_CHANNEL).as("@everyone cannot see it")
                .isEqualTo(VIEW_CHANNEL);
        assertThat(overwrite(ticketChannel, world.buyer.id(), "allow") & VIEW_CHANNEL).as("the buyer sees it")
                .isEqualTo(VIEW_CHANNEL);
        assertThat(overwrite(ticketChannel, world.admin.id(), "allow") & VIEW_CHANNEL).as("an admin by user id sees it")
                .isEqualTo(VIEW_CHANNEL);
        assertThat(overwrite(ticketChannel, world.otherAdmin.id(), "allow") & VIEW_CHANNEL)
                .as("every admin by user id sees it").isEqualTo(VIEW_CHANNEL);
        PostedMessage instructions = robuxInstructions(ticket);

        assertThat(verifyRobux(instructions).visibleText()).contains(live.messages.get("robux.verified.dm"));
        String code = buyersKey();
        assertThat(discord.awaitDirectMessageTo(world.buyer, dm -> dm.visibleText().contains(code)).visibleText())
                .contains("Weekly");

        discord.awaitCall("PUT", "guilds/\\d+/members/" + world.buyer.id() + "/roles/" + world.licensedRole);
        assertThat(world.guild.rolesOf(world.buyer.id())).as("licensed role").contains(world.licensedRole);
        String masked = world.stores.keys.heldBy(LiveBot.World.idOf(world.buyer)).get(0).code().masked();
        assertThat(discord.awaitMessageIn(world.adminChannel, BotScenariosTest::saleLine).visibleText())
                .contains("<@" + world.buyer.idString() + ">").contains("weekly").contains("robux").contains(masked)
                .doesNotContain(code);

        world.stores.clock.advance(java.time.Duration.ofDays(8));
        assertThat(verifyRobux(instructions).visibleText()).contains(live.messages.get("error.already_paid_out"));
        assertThat(world.stores.keys.heldBy(LiveBot.World.idOf(world.buyer))).hasSize(1);
        assertThat(discord.messagesIn(world.adminChannel)).filteredOn(BotScenariosTest::saleLine).hasSize(1);
    }

    private static final long SEND_MESSAGES = 1L << 11;

    /** The transcript file posted with a message, as text. */
    private static String transcriptOf(PostedMessage message) {
        return message.files().stream().filter(file -> file.filename().startsWith("transcript-")).findFirst()
                .map(Upload::text).orElseThrow(() -> new AssertionError("no transcript on " + message.json()));
    }

    @Test
    void aDeliveredTicketIsClosedByTheShopADayLaterWithItsTranscriptInTheLogChannelAndTheBuyersDms() {
        startShopWithRobuxBuyer();
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;
        long ticket = openTicket();
        discord.personPosts(world.buyer, ticket, "Hi, I will pay with Robux");
        assertThat(verifyRobux(robuxInstructions(ticket)).visibleText()).contains(live.messages.get("robux.verified.dm"));
        String ticketId = Long.toUnsignedString(ticket);
        DiscordStandIn.awaitTrue(() -> world.stores.tickets.find(ticketId).orElseThrow().deliveredAt() != null,
                "the ticket to be marked delivered");

        world.stores.clock.advance(java.time.Duration.ofHours(24).minusSeconds(1));
        assertThat(live.tickets.closeDue()).as("not before a day").isZero();
        world.stores.clock.advance(java.time.Duration.ofSeconds(1));
        assertThat(live.tickets.closeDue()).isEqualTo(1);

        PostedMessage logged = discord.awaitMessageIn(world.adminChannel, message -> !message.files().isEmpty()
                && message.visibleText().startsWith("Transcript"));
        assertThat(logged.visibleText()).contains("<@" + world.buyer.idString() + ">")
                .contains(live.messages.get("ticket.transcript.how.delivered"));
        String transcript = transcriptOf(logged);
        assertThat(transcript).contains("buyer (" + world.buyer.idString() + "): Hi, I will pay with Robux")
                .contains("Choose your license").contains(live.messages.get("ticket.transcript.how.delivered"));
        assertThat(transcriptOf(discord.awaitDirectMessageTo(world.buyer, dm -> !dm.files().isEmpty())))
                .isEqualTo(transcript);
        assertThat(overwrite(world.guild.channel(ticket).orElseThrow(), world.buyer.id(), "deny") & SEND_MESSAGES)
                .as("the buyer can no longer write").isEqualTo(SEND_MESSAGES);
        assertThat(discord.awaitMessageIn(ticket, message -> message.visibleText()
                .contains(live.messages.get("ticket.closed.delivered"))).visibleText()).isNotBlank();

        assertThat(live.tickets.deleteClosedChannels()).as("the channel stays a little").isZero();
        world.stores.clock.advance(java.time.Duration.ofSeconds(10));
        assertThat(live.tickets.deleteClosedChannels()).isEqualTo(1);
        assertThat(world.guild.channel(ticket)).as("the channel is deleted").isEmpty();
        assertThat(world.stores.tickets.find(ticketId).orElseThrow().isOpen()).isFalse();
    }

    @Test
    void theBuyerClosesTheirTicketWithAReasonAndTheTranscriptKeepsIt() {
        live = LiveBot.start().stock(LicenseTypeCode.WEEKLY, 3);
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;
        long ticket = openTicket();
        PostedMessage embed = discord.awaitMessageIn(ticket, message -> hasButton(message, ComponentAction.TICKET_CLOSE));

        InjectedInteraction close = discord.buttonClick(world.buyer, embed, button(embed, ComponentAction.TICKET_CLOSE));
        discord.awaitCallback(close);
        InjectedInteraction submit = discord.modalSubmit(world.buyer, embed,
                close.modal().orElseThrow().path("custom_id").asText(),
                ModalField.text(BuyerModals.REASON, "changed my mind"));

        assertThat(discord.awaitAnswer(submit).visibleText()).contains("This ticket is closed");
        PostedMessage logged = discord.awaitMessageIn(world.adminChannel, message -> !message.files().isEmpty()
                && message.visibleText().startsWith("Transcript"));
        assertThat(transcriptOf(logged)).contains("Reason: changed my mind")
                .contains("closed by " + world.buyer.idString());
        assertThat(discord.awaitMessageIn(ticket, message -> message.visibleText().contains("Reason: changed my mind"))
                .visibleText()).contains("closed by <@" + world.buyer.idString() + ">");
        assertThat(closed(ticket)).isTrue();
    }

    @Test
    void withOnlyABotTokenTheRenewButtonOfAnExpiryReminderOpensATicketInTheBotsOnlyServer() {
        live = LiveBot.startWithOnlyAToken().stock(LicenseTypeCode.WEEKLY, 3);
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;
        discord.awaitCall("PUT", "applications/" + discord.applicationId() + "/commands");
        LicenseKey held = TestKeys.inStock(900, LicenseTypeCode.WEEKLY, world.stores.clock.instant()).deliver(
                new ClaimOrder(new OrderId("order-renew"), LicenseType.weekly(), LiveBot.World.idOf(world.buyer), null,
                        null), world.stores.clock.instant());
        new JdaExpiryReminderNotifier(live.ops(), live.messages,
                new ClosedDirectMessages(world.stores.clock, ClosedDirectMessages.MEMORY))
                .remindExpiry(held, LicenseType.weekly());
        PostedMessage reminder = discord.awaitDirectMessageTo(world.buyer,
                dm -> hasButton(dm, ComponentAction.LICENSE_RENEW));

        PostedMessage answer = discord.awaitAnswer(discord.buttonClick(world.buyer, reminder,
                button(reminder, ComponentAction.LICENSE_RENEW)));

        PurchaseTicket ticket = world.stores.tickets.findOpenOf(LiveBot.World.idOf(world.buyer)).orElseThrow();
        assertThat(ticket.guildId()).isEqualTo(Long.toUnsignedString(world.guild.id()));
        assertThat(answer.visibleText()).contains("<#" + ticket.channelId() + ">");
        assertThat(world.guild.channel(Long.parseLong(ticket.channelId()))).as("the ticket channel").isPresent();
    }

    /** Whether the buyer's ticket in this channel is closed in the store. */
    private boolean closed(long ticketChannel) {
        return !live.world.stores.tickets.find(Long.toUnsignedString(ticketChannel)).orElseThrow().isOpen();
    }

    @Test
    void aBuyerWithTwoTicketsGetsOneManualPaymentPerTypeAndIsPointedBackToTheOpenOne() {
        live = LiveBot.start().stock(LicenseTypeCode.WEEKLY, 5);
        DiscordStandIn discord = live.world.discord;
        long first = submitManualPayment();
        discord.personDeletesChannel(first);
        DiscordStandIn.awaitTrue(() -> closed(first), "the first ticket to close");
        long second = openTicket();

        InjectedInteraction again = submitManualModal(second, "gcash",
                ModalField.text(BuyerModals.METHOD_USED, "GCash"),
                ModalField.text(BuyerModals.TRANSACTION, "TX-2"),
                ModalField.text(BuyerModals.CONTACT, "buyer@example.com"),
                ModalField.text(BuyerModals.NOTES, ""),
                ModalField.files(BuyerModals.PROOF, new StandInFile("proof.png", "image/png", BotFixture.PNG)));

        assertThat(discord.awaitAnswer(again).visibleText())
                .contains("You already have a weekly payment open (waiting for review) in <#" + first + ">");
        assertThat(live.world.stores.sessions.openSessionsOf(LiveBot.World.idOf(live.world.buyer))).hasSize(1);
    }

    @Test
    void anAdminDeletesATicketChannelByHandAndTheBuyerOpensANewTicket() {
        live = LiveBot.start().stock(LicenseTypeCode.WEEKLY, 3);
        DiscordStandIn discord = live.world.discord;
        long deleted = openTicket();

        discord.personDeletesChannel(deleted);
        DiscordStandIn.awaitTrue(() -> closed(deleted), "the ticket of the deleted channel to close");
        long fresh = openTicket();

        assertThat(fresh).isNotEqualTo(deleted);
        assertThat(live.world.guild.channel(fresh)).as("the new ticket channel").isPresent();
        discord.awaitMessageIn(fresh, message -> hasButton(message, ComponentAction.PAY_METHOD));
    }

    @Test
    void keysImportedWhileTheBotWasStoppedEnableTheOpenTicketsButtonsAtStartUp() {
        live = LiveBot.start();
        DiscordStandIn discord = live.world.discord;
        long ticket = openTicket();
        String weeklyRobux = id(ComponentAction.PAY_METHOD, "weekly", "robux");
        long embed = discord.awaitMessageIn(ticket, message -> message.customIds().contains(weeklyRobux)
                && message.isDisabled(weeklyRobux)).id();

        live = live.restart(world -> world.insertKeys(LicenseTypeCode.WEEKLY, 3));
        discord.awaitIdentified(2);

        discord.awaitMessageIn(ticket, message -> message.id() == embed && !message.isDisabled(weeklyRobux));
    }

    @Test
    void aTicketChannelLostWhileTheBotWasOfflineIsReplacedWhenTheBuyerBuysAgain() {
        live = LiveBot.start().stock(LicenseTypeCode.WEEKLY, 3);
        DiscordStandIn discord = live.world.discord;
        long lost = openTicket();
        // Gone without a CHANNEL_DELETE: the bot only sees it missing when it reconnects.
        live.world.guild.deleteChannel(lost);
        live = live.restart();
        discord.awaitIdentified(2);

        long fresh = openTicket();

        assertThat(fresh).isNotEqualTo(lost);
        assertThat(closed(lost)).as("the lost ticket is closed").isTrue();
        assertThat(live.world.guild.channel(fresh)).as("the new ticket channel").isPresent();
        discord.awaitMessageIn(fresh, message -> hasButton(message, ComponentAction.PAY_METHOD));
    }

    @Test
    void withDmsClosedTheKeyLandsInTheTicketAndMyLicensesShowsIt() {
        startShopWithRobuxBuyer();
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;
        discord.closeDirectMessages(world.buyer);
        long ticket = openTicket();

        assertThat(verifyRobux(robuxInstructions(ticket)).visibleText())
                .contains(live.messages.get("robux.verified.ticket"));

        String code = buyersKey();
        discord.awaitMessageIn(ticket, message -> message.visibleText().contains(code));
        assertThat(discord.awaitMessageIn(world.adminChannel,
                message -> message.visibleText().contains("could not be sent by direct message")).visibleText())
                .doesNotContain(code);
        assertThat(discord.calls("POST", "channels/\\d+/messages")).filteredOn(call -> call.status() == 403)
                .as("a closed DM is not retried").hasSize(1);
        assertThat(discord.directMessagesTo(world.buyer)).isEmpty();
        PostedMessage withMyLicenses = discord.awaitMessageIn(ticket,
                message -> hasButton(message, ComponentAction.MY_LICENSES));
        InjectedInteraction mine = discord.buttonClick(world.buyer, withMyLicenses,
                button(withMyLicenses, ComponentAction.MY_LICENSES));
        assertThat(discord.awaitAnswer(mine).visibleText()).contains(code);
    }

    @Test
    void aRateLimitedDirectMessageIsRetriedAndTheKeyStillArrives() {
        startShopWithRobuxBuyer();
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;
        PostedMessage instructions = robuxInstructions(openTicket());
        String dmMessages = "channels/" + discord.directMessageChannelId(world.buyer) + "/messages";
        discord.rateLimitOnce("POST", dmMessages, java.time.Duration.ofMillis(100));

        assertThat(verifyRobux(instructions).visibleText()).contains(live.messages.get("robux.verified.dm"));

        String code = buyersKey();
        discord.awaitDirectMessageTo(world.buyer, dm -> dm.visibleText().contains(code));
        assertThat(discord.calls("POST", dmMessages)).extracting(RecordedCall::status).containsExactly(429, 200);
    }

    @Test
    void aRestartBetweenProofAndApprovalLosesNothing() {
        live = LiveBot.start().stock(LicenseTypeCode.WEEKLY, 5).stock(LicenseTypeCode.MONTHLY, 5);
        long ticket = submitManualPayment();
        DiscordStandIn discord = live.world.discord;
        PostedMessage notice = discord.awaitMessageIn(live.world.adminChannel,
                message -> hasButton(message, ComponentAction.PAY_APPROVE));

        live = live.restart();
        discord.awaitIdentified(2);
        InjectedInteraction approve = discord.buttonClick(live.world.admin, notice,
                button(notice, ComponentAction.PAY_APPROVE));

        discord.awaitCallback(approve);
        assertThat(discord.awaitDirectMessageTo(live.world.buyer, dm -> dm.visibleText().contains("license key"))
                .visibleText()).contains(buyersKey());
        for (long channel : new long[] {live.world.adminChannel, ticket}) {
            PostedMessage copy = discord.awaitMessageIn(channel, message -> message.visibleText().contains(
                    "Approved by <@" + live.world.admin.idString() + ">"));
            assertThat(copy.customIds()).isNotEmpty().allMatch(copy::isDisabled);
        }
    }

    /** The admin alert that weekly stock fell to the critical level (purchases paused). */
    private static boolean weeklyCriticalAlert(PostedMessage message) {
        return message.visibleText().lines().anyMatch(line -> line.startsWith("weekly: ")
                && line.contains("\u2192 critical"));
    }

    @Test
    void theLastSellableKeySoldDisablesTheTypeInEveryOpenTicketAlertsAdminsOnceAndAnImportBringsItBack() {
        // At the critical level (1 key by default) new purchases pause: with 2 keys, one sale is the last.
        startShopWithRobuxBuyer(2);
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;
        long otherTicket = openTicketAs(world.otherBuyer);
        long ticket = openTicket();
        String weeklyRobux = id(ComponentAction.PAY_METHOD, "weekly", "robux");

        verifyRobux(robuxInstructions(ticket));

        for (long channel : new long[] {ticket, otherTicket}) {
            discord.awaitMessageIn(channel, message -> message.customIds().contains(weeklyRobux)
                    && message.isDisabled(weeklyRobux));
        }
        discord.awaitMessageIn(world.adminChannel, BotScenariosTest::weeklyCriticalAlert);
        assertThat(discord.messagesIn(world.adminChannel)).filteredOn(BotScenariosTest::weeklyCriticalAlert)
                .as("admins alerted once").hasSize(1);

        StringBuilder file = new StringBuilder();
        org.awpt.application.fake.TestKeys.codes(500, 3).forEach(code -> file.append(code.value()).append('\n'));
        live.inventory.importKeys(new org.awpt.application.inventory.ImportKeys(
                new org.awpt.domain.access.Requester(LiveBot.World.idOf(world.admin), java.util.Set.of()),
                LicenseTypeCode.WEEKLY, file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        discord.awaitMessageIn(otherTicket, message -> message.customIds().contains(weeklyRobux)
                && !message.isDisabled(weeklyRobux));
    }

    /** The admin runs {@code /license import} for weekly with the file attached; returns the report. */
    private PostedMessage importWeekly(CharSequence file) {
        DiscordStandIn discord = live.world.discord;
        InjectedInteraction imported = discord.slashCommand(live.world.admin, live.world.adminChannel, "license",
                SlashOption.subcommand("import", SlashOption.string("type", "weekly"),
                        SlashOption.attachment("file", new StandInFile("keys.txt", "text/plain",
                                file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        return discord.awaitAnswer(imported);
    }

    @Test
    void licenseImportWithAnAttachedFileThenViewWithAPngChartAndAnExportThatParses() throws Exception {
        live = LiveBot.start();
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;
        StringBuilder file = new StringBuilder();
        org.awpt.application.fake.TestKeys.codes(700, 3).forEach(code -> file.append(code.value()).append('\n'));
        file.append("not-a-key\n");

        PostedMessage report = importWeekly(file);
        assertThat(report.visibleText()).contains("Imported: 3").contains("Invalid lines: 1");
        assertThat(world.stores.keys.count(org.awpt.application.port.KeyFilter.ALL)).isEqualTo(3);

        InjectedInteraction chart = discord.slashCommand(world.admin, world.adminChannel, "license",
                SlashOption.subcommand("view", SlashOption.string("view_type", "transactions")));
        Upload png = discord.awaitAnswer(chart).files().stream().filter(f -> f.filename().equals("chart.png"))
                .findFirst().orElseThrow(() -> new AssertionError("no chart.png attached"));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.bytes()));
        assertThat(image).as("a valid PNG").isNotNull();
        assertThat(image.getWidth()).isPositive();

        InjectedInteraction export = discord.slashCommand(world.admin, world.adminChannel, "license",
                SlashOption.subcommand("view", SlashOption.string("view_type", "keys"), SlashOption.bool("export", true)));
        Upload csv = discord.awaitAnswer(export).files().stream().filter(f -> f.filename().endsWith(".csv"))
                .findFirst().orElseThrow(() -> new AssertionError("no CSV attached"));
        com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        java.util.List<java.util.Map<String, String>> rows;
        try (com.fasterxml.jackson.databind.MappingIterator<java.util.Map<String, String>> it = mapper
                .readerFor(java.util.Map.class).with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema()
                        .withHeader()).readValues(csv.bytes())) {
            rows = it.readAll();
        }
        assertThat(rows).hasSize(3);
    }

    @Test
    void withoutAProofInTheModalTheNextImageTheBuyerPostsInTheTicketBecomesTheProof() {
        live = LiveBot.start().stock(LicenseTypeCode.WEEKLY, 5).stock(LicenseTypeCode.MONTHLY, 5);
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;
        long ticket = openTicket();
        InjectedInteraction submit = submitManualModal(ticket, "cashapp",
                ModalField.text(BuyerModals.METHOD_USED, "CashApp"),
                ModalField.text(BuyerModals.CONTACT, "me@example.com"));
        assertThat(discord.awaitAnswer(submit).visibleText()).contains(live.messages.get("manual.upload.later"));
        PostedMessage notice = discord.awaitMessageIn(ticket, message -> hasButton(message, ComponentAction.PROOF_UPLOAD));

        InjectedInteraction arm = discord.buttonClick(world.buyer, notice, button(notice, ComponentAction.PROOF_UPLOAD));
        assertThat(discord.awaitAnswer(arm).visibleText()).contains(live.messages.get("manual.upload.armed"));
        discord.personPosts(world.buyer, ticket, "<@" + discord.botUser().idString() + "> here",
                new StandInFile("shot.png", "image/png", BotFixture.PNG));

        discord.awaitMessageIn(ticket, message -> message.visibleText().contains(
                live.messages.get("manual.upload.received")));
        PostedMessage adminNotice = discord.awaitMessageIn(world.adminChannel,
                message -> hasButton(message, ComponentAction.PAY_APPROVE));
        assertThat(adminNotice.files()).singleElement().satisfies(file ->
                assertThat(file.bytes()).isEqualTo(BotFixture.PNG));
    }

    @Test
    void afterTheGatewayDropsTheBotResumesAndServesTheNextInteraction() {
        live = LiveBot.start().stock(LicenseTypeCode.WEEKLY, 5);
        DiscordStandIn discord = live.world.discord;

        discord.dropGateway();
        discord.awaitResumed(1);
        InjectedInteraction panel = discord.slashCommand(live.world.admin, live.world.shopChannel, "panel");

        assertThat(discord.awaitAnswer(panel).visibleText()).contains(live.messages.get("panel.posted"));
        discord.awaitMessageIn(live.world.shopChannel, message -> hasButton(message, ComponentAction.PANEL_BUY));
        assertThat(discord.identifyCount()).isEqualTo(1);
    }

    // ---- Discord's limits, pushed through real JDA; the stand-in holds every call to Discord's description ----

    /** Text of exactly {@code length} characters starting with {@code start}. */
    private static String atMost(String start, int length) {
        return (start + "x".repeat(length)).substring(0, length);
    }

    /** The characters Discord counts against an embed's 6,000: title, description, field names and values, footer. */
    private static int embedText(JsonNode embed) {
        int length = embed.path("title").asText("").length() + embed.path("description").asText("").length()
                + embed.path("footer").path("text").asText("").length();
        for (JsonNode field : embed.path("fields")) {
            length += field.path("name").asText("").length() + field.path("value").asText("").length();
        }
        return length;
    }

    /** Every message the bot posted pings no one: {@code allowed_mentions.parse} empty, no users or roles. */
    private static void pingsNoOne(RecordedCall call) {
        JsonNode mentions = call.json().path("allowed_mentions");
        assertThat(mentions.path("parse").isArray()).as("allowed_mentions.parse in " + call).isTrue();
        assertThat(mentions.path("parse")).as("mention types parsed in " + call).isEmpty();
        assertThat(mentions.path("users")).as("users pinged in " + call).isEmpty();
        assertThat(mentions.path("roles")).as("roles pinged in " + call).isEmpty();
    }

    @Test
    void aBuyerWithMarkdownAndMentionsInEveryFieldAtItsLimitIsEchoedEscapedPingsNoOneAndIsRejectedAtTheLongestReason() {
        live = LiveBot.start().stock(LicenseTypeCode.WEEKLY, 5);
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;
        String loud = "**@everyone** <@&" + world.licensedRole + "> @here __name__ ";
        long ticket = openTicket();

        InjectedInteraction submit = submitManualModal(ticket, "gcash",
                ModalField.text(BuyerModals.METHOD_USED, atMost(loud, 100)),
                ModalField.text(BuyerModals.TRANSACTION, atMost(loud, 200)),
                ModalField.text(BuyerModals.CONTACT, atMost(loud, 200)),
                ModalField.text(BuyerModals.NOTES, atMost(loud, 1000)),
                ModalField.files(BuyerModals.PROOF, new StandInFile("proof.png", "image/png", BotFixture.PNG)));
        assertThat(discord.awaitAnswer(submit).visibleText()).contains(live.messages.get("manual.submitted"));
        PostedMessage notice = discord.awaitMessageIn(world.adminChannel,
                message -> hasButton(message, ComponentAction.PAY_APPROVE));

        assertThat(notice.visibleText()).as("the buyer's words, escaped").contains("\\*\\*@everyone\\*\\*")
                .contains("\\_\\_name\\_\\_").doesNotContain(" **@everyone**");
        InjectedInteraction reject = discord.buttonClick(world.admin, notice, button(notice, ComponentAction.PAY_REJECT));
        discord.awaitCallback(reject);
        String reason = atMost(loud, 1000);
        InjectedInteraction rejected = discord.modalSubmit(world.admin, notice,
                reject.modal().orElseThrow().path("custom_id").asText(), ModalField.text(BuyerModals.REASON, reason));
        discord.awaitCallback(rejected);

        PostedMessage rejectedNotice = discord.awaitMessageIn(world.adminChannel, message -> message.id() == notice.id()
                && message.visibleText().contains("Rejected by"));
        assertThat(rejectedNotice.visibleText()).as("the reason, escaped").contains("\\*\\*@everyone\\*\\*")
                .doesNotContain(" **@everyone**");
        discord.awaitDirectMessageTo(world.buyer, dm -> dm.visibleText().contains("was rejected"));
        java.util.List<RecordedCall> posted = discord.calls().stream()
                .filter(call -> call.method().equals("POST") || call.method().equals("PATCH"))
                .filter(call -> call.json().has("content") || call.json().has("embeds"))
                .toList();
        assertThat(posted).as("messages the bot sent or edited").hasSizeGreaterThan(5);
        posted.forEach(BotScenariosTest::pingsNoOne);
    }

    @Test
    void theLongestImportReportFitsDiscordAndAttachesTheFullReport() {
        live = LiveBot.start().stock(LicenseTypeCode.WEEKLY, 200);
        StringBuilder file = new StringBuilder();
        // Every kind of line the report lists, thousands of each: new keys, keys already in stock, repeats, junk.
        TestKeys.codes(5_000, 2_000).forEach(code -> file.append(code.value()).append('\n'));
        TestKeys.codes(0, 200).forEach(code -> file.append(code.value()).append('\n'));
        TestKeys.codes(5_000, 2_000).forEach(code -> file.append(code.value()).append('\n'));
        for (int i = 0; i < 2_000; i++) {
            file.append("not a key ").append(i).append('\n');
        }

        PostedMessage report = importWeekly(file);
        assertThat(report.visibleText()).contains("Imported: 2000").contains("Invalid lines: 2000");
        assertThat(report.files()).extracting(Upload::filename).containsExactly("import-report.txt");
        assertThat(report.embeds()).singleElement().satisfies(embed -> assertThat(embedText(embed))
                .as("an embed's text in all (not in the description)").isLessThanOrEqualTo(6_000));
    }

    @Test
    void theAllKeysPageAtItsLargestFitsDiscordAndPagesOn() {
        live = LiveBot.start().stock(LicenseTypeCode.WEEKLY, 25).stock(LicenseTypeCode.MONTHLY, 25);
        LiveBot.World world = live.world;
        DiscordStandIn discord = world.discord;

        InjectedInteraction view = discord.slashCommand(world.admin, world.adminChannel, "license",
                SlashOption.subcommand("view", SlashOption.string("view_type", "keys")));
        PostedMessage first = discord.awaitAnswer(view);
        assertThat(first.visibleText()).contains("Page 1 of 5");
        assertThat(first.embeds()).singleElement().satisfies(embed -> assertThat(embedText(embed))
                .isLessThanOrEqualTo(6_000));
        String next = first.customIds().stream().filter(id -> id.startsWith("v1:" + ComponentAction.KEYS_PAGE.code())
                && id.endsWith(":n1")).findFirst().orElseThrow(() -> new AssertionError("no Next on " + first.json()));

        InjectedInteraction paged = discord.buttonClick(world.admin, first, next);

        discord.awaitCallback(paged);
        discord.awaitMessageIn(world.adminChannel, message -> message.visibleText().contains("Page 2 of 5"));
    }

    /**
     * Far more types and methods than one message holds, every name at its longest: the embed keeps 25
     * fields and Discord's 6,000 characters, the buttons 5 rows of 5, each label and id within its limit.
     */
    private static org.awpt.application.shared.ShopSettings crowded(org.awpt.application.shared.ShopSettings shop) {
        java.util.List<LicenseType> types = new java.util.ArrayList<>();
        java.util.Map<LicenseTypeCode, java.util.List<org.awpt.domain.pricing.Money>> prices = new java.util.HashMap<>();
        for (int i = 0; i < PaymentLayout.MAX_TYPES; i++) {
            LicenseTypeCode code = new LicenseTypeCode(atMost("type-" + i + "-", 32));
            types.add(new LicenseType(code, atMost("**Type** @everyone " + i + " ", 64), java.time.Duration.ofDays(7)));
            prices.put(code, java.util.List.of(org.awpt.domain.pricing.Money.of("123456.78", "USD"),
                    org.awpt.domain.pricing.Money.of("99999", "ROBUX")));
        }
        java.util.List<org.awpt.domain.payment.PaymentMethod> methods = new java.util.ArrayList<>();
        for (int i = 0; i < PaymentLayout.MAX_METHODS_PER_TYPE; i++) {
            methods.add(new org.awpt.domain.payment.PaymentMethod(atMost("method_" + i + "_", 32),
                    atMost("Method " + i + " ", 100), org.awpt.domain.payment.PaymentMethodKind.MANUAL,
                    atMost("description ", 200), atMost("details ", 500), "", java.util.Map.of()));
        }
        return new org.awpt.application.shared.ShopSettings(new org.awpt.domain.license.LicenseTypeCatalog(types),
                new org.awpt.domain.pricing.PriceList(prices), new org.awpt.domain.payment.PaymentMethods(methods),
                shop.gamePasses(), shop.thresholds(), shop.buyerPolicy(), shop.proofPolicy(), shop.importLimits(),
                shop.access(), shop.sessionExpiry(), shop.cooldowns(), shop.zone());
    }

    @Test
    void thePaymentEmbedWithTheMostTypesAndMethodsTheShopCanConfigureFitsDiscord() {
        live = LiveBot.start(BotScenariosTest::crowded);
        LicenseTypeCode last = live.settings.types().codes().get(PaymentLayout.MAX_TYPES - 1);
        live.stock(last, 20);

        long ticket = openTicket();

        PostedMessage purchase = live.world.discord.awaitMessageIn(ticket,
                message -> hasButton(message, ComponentAction.PAY_TYPE));
        assertThat(purchase.embeds()).singleElement().satisfies(embed -> {
            assertThat(embedText(embed)).isLessThanOrEqualTo(6_000);
            assertThat(embed.path("fields").size()).isLessThanOrEqualTo(25);
        });
        assertThat(purchase.json().path("components").size()).isLessThanOrEqualTo(5);
        assertThat(purchase.json().path("components").findValues("options")).singleElement()
                .satisfies(options -> assertThat(options.size()).isEqualTo(PaymentLayout.MAX_TYPES));
        PostedMessage methods = live.world.discord.awaitAnswer(live.world.discord.selectMenu(live.world.buyer, purchase,
                id(ComponentAction.PAY_TYPE), last.value()));
        assertThat(methods.json().path("components").size()).isLessThanOrEqualTo(5);
        assertThat(methods.customIds()).hasSize(PaymentLayout.MAX_METHODS_PER_TYPE)
                .allMatch(customId -> customId.startsWith("v1:pay:method:" + last.value() + ":"))
                .noneMatch(methods::isDisabled);
    }
}
