package org.awpt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import mockwebserver3.MockWebServer;
import org.awpt.adapters.discord.BotFixture;
import org.awpt.adapters.discord.buyer.BuyerModals;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.standin.DiscordStandIn;
import org.awpt.adapters.discord.standin.InjectedInteraction;
import org.awpt.adapters.discord.standin.ModalField;
import org.awpt.adapters.discord.standin.PostedMessage;
import org.awpt.adapters.discord.standin.RecordedCall;
import org.awpt.adapters.discord.standin.SlashOption;
import org.awpt.adapters.discord.standin.StandInFile;
import org.awpt.adapters.discord.standin.StandInGuild;
import org.awpt.adapters.discord.standin.StandInUser;
import org.awpt.adapters.discord.standin.Upload;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.roblox.RobloxWorld;
import org.awpt.adapters.web.HmacSignature;
import org.awpt.adapters.web.StorefrontWebhooks;
import org.awpt.adapters.web.WebhookServer;
import org.awpt.application.fake.MutableClock;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.lifecycle.LicenseLifecycleUseCase;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.AuditQuery;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.application.stock.StockUseCase;
import org.awpt.application.storefront.StorefrontDeliveryUseCase;
import org.awpt.bootstrap.config.ConfigLoader;
import org.awpt.bootstrap.guice.AwptModules;
import org.awpt.bootstrap.guice.StorefrontModule;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the production assembly ({@link StandInProduction}): {@link AwptModules#production}
 * built from a config.json that points at SQLite in a temporary data folder, at a MockWebServer Roblox and
 * at a {@link DiscordStandIn}; the real bot connects through real JDA. The assertions are what people
 * would see in Discord.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProductionScenariosTest {
    private static final long WEEKLY_PASS = 1022970504L;
    private static final long MONTHLY_PASS = 1030833419L;
    private static final long ROBLOX_ACCOUNT = 156L;
    private static final long GAMEPASS_INSTANCE = 31337000042L;

    @TempDir
    Path dir;

    private final DiscordStandIn discord = DiscordStandIn.start();
    private final StandInGuild guild = discord.addGuild("AWPT Shop");
    private final long ticketCategory = guild.addCategory("tickets");
    private final long adminChannel = guild.addTextChannel("admin");
    private final long shopChannel = guild.addTextChannel("shop");
    private final long licensedRole = guild.addRole("licensed", 0);
    private final StandInUser admin = member("admin");
    private final StandInUser otherAdmin = member("other-admin");
    private final StandInUser buyer = member("buyer");
    private final StandInUser otherBuyer = member("other-buyer");
    private final RobloxWorld roblox = new RobloxWorld();
    private final MockWebServer robloxServer = new MockWebServer();
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final Messages messages = Messages.english();
    private Assembly shop;
    /** Discord refusals a scenario provokes on purpose (the after-each check allows only these). */
    private Predicate<RecordedCall> expectedFailure = call -> false;

    private StandInUser member(String name) {
        StandInUser user = discord.addUser(name);
        guild.addMember(user);
        return user;
    }

    /** Outside the per-test timeout: compiling Discord's API description for the stand-in takes seconds. */
    @BeforeAll
    static void prepareDiscordApiDescription() {
        DiscordStandIn.prepareApiDescription();
    }

    @BeforeEach
    void writeConfig() throws IOException {
        roblox.add(new GamePassInfo(WEEKLY_PASS, "Donation Awp Party", 2400L, true));
        roblox.add(new GamePassInfo(MONTHLY_PASS, "BIG DONATION AWP MONTH", 8600L, true));
        robloxServer.setDispatcher(roblox);
        robloxServer.start();
        StandInProduction.write(dir, StandInProduction.config(discord, new StandInProduction.Places(guild,
                ticketCategory, adminChannel, licensedRole, List.of(admin, otherAdmin)),
                robloxServer.url("/").toString(), dir.resolve("data")));
    }

    @AfterEach
    void stop() throws IOException {
        try {
            if (shop != null) {
                shop.close();
            }
        } finally {
            discord.close();
            robloxServer.close();
        }
        assertThat(discord.unexpectedCalls()).as("requests outside the stand-in's routes or Discord's API description").isEmpty();
        assertThat(discord.unacknowledgedInteractions()).as("interactions left without an answer").isEmpty();
        assertThat(discord.calls("POST", "interactions/.*/callback")).as("interactions acknowledged twice or late")
                .allMatch(call -> call.status() == 200);
        assertThat(roblox.unknownRequests()).as("Roblox requests the stand-in does not know").isEmpty();
        assertThat(discord.calls()).filteredOn(call -> call.status() >= 400 && !expectedFailure.test(call))
                .as("Discord calls that failed").isEmpty();
    }

    /** Builds the production injector from config.json and connects the bot, as {@code awpt run} does. */
    private Assembly startShop() {
        return StandInProduction.start(dir, discord, clock);
    }

    private void stock(LicenseTypeCode type, int from, int count) {
        shop.get(LicenseKeyRepository.class).insertAll(TestKeys.inStock(from, count, type, clock.instant()));
        shop.get(StockUseCase.class).refresh();
    }

    private void startShopWithStock() {
        shop = startShop();
        stock(LicenseTypeCode.WEEKLY, 0, 5);
        stock(LicenseTypeCode.MONTHLY, 100, 5);
    }

    private List<LicenseKey> keysOf(StandInUser person) {
        return shop.get(LicenseKeyRepository.class).heldBy(new DiscordUserId(person.id()));
    }

    private static String id(ComponentAction action, String... args) {
        return ComponentId.of(action, args).encode();
    }

    private static boolean hasButton(PostedMessage message, ComponentAction action) {
        return message.customIds().stream().anyMatch(customId -> customId.startsWith("v1:" + action.code()));
    }

    private static String button(PostedMessage message, ComponentAction action) {
        return message.customIds().stream().filter(customId -> customId.startsWith("v1:" + action.code()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + action + " button on " + message.json()));
    }

    /** The admin posts the panel and the buyer opens a ticket from it; returns the ticket channel. */
    private long openTicket() {
        return openTicketAs(buyer);
    }

    /** The admin posts the panel and this person opens a ticket from it; returns the ticket channel. */
    private long openTicketAs(StandInUser person) {
        discord.awaitAnswer(discord.slashCommand(admin, shopChannel, "panel"));
        PostedMessage panel = discord.awaitMessageIn(shopChannel, message -> hasButton(message, ComponentAction.PANEL_BUY));
        discord.awaitAnswer(discord.buttonClick(person, panel, id(ComponentAction.PANEL_BUY)));
        return Long.parseLong(shop.get(PurchaseTicketRepository.class).findOpenOf(new DiscordUserId(person.id()))
                .orElseThrow(() -> new AssertionError("no open ticket for " + person)).channelId());
    }

    /** The buyer picks weekly by this method in the ticket; returns the bot's answer. */
    private PostedMessage chooseWeekly(long ticket, String method) {
        PostedMessage purchase = discord.awaitMessageIn(ticket, message -> hasButton(message, ComponentAction.PAY_METHOD));
        return discord.awaitAnswer(discord.buttonClick(buyer, purchase, id(ComponentAction.PAY_METHOD, "weekly", method)));
    }

    /** The buyer presses "I purchased the gamepass" and submits the Roblox account; returns the bot's answer. */
    private PostedMessage verifyRobux(PostedMessage instructions) {
        InjectedInteraction purchased = discord.buttonClick(buyer, instructions,
                button(instructions, ComponentAction.ROBUX_PURCHASED));
        discord.awaitCallback(purchased);
        InjectedInteraction verify = discord.modalSubmit(buyer, instructions,
                purchased.modal().orElseThrow().path("custom_id").asText(),
                ModalField.text(BuyerModals.ACCOUNT, "Builderman"));
        return discord.awaitAnswer(verify);
    }

    /** The buyer pays weekly by GCash in the ticket and submits the proof; returns the admin notice. */
    private PostedMessage submitManualPayment(long ticket) {
        PostedMessage details = chooseWeekly(ticket, "gcash");
        InjectedInteraction paid = discord.buttonClick(buyer, details, button(details, ComponentAction.MANUAL_PAID));
        discord.awaitCallback(paid);
        InjectedInteraction submit = discord.modalSubmit(buyer, details,
                paid.modal().orElseThrow().path("custom_id").asText(),
                ModalField.text(BuyerModals.METHOD_USED, "GCash"),
                ModalField.text(BuyerModals.TRANSACTION, "TX-1"),
                ModalField.text(BuyerModals.CONTACT, "buyer@example.com"),
                ModalField.text(BuyerModals.NOTES, ""),
                ModalField.files(BuyerModals.PROOF, new StandInFile("proof.png", "image/png", BotFixture.PNG)));
        assertThat(discord.awaitAnswer(submit).visibleText()).contains(messages.get("manual.submitted"));
        return discord.awaitMessageIn(adminChannel, message -> hasButton(message, ComponentAction.PAY_APPROVE));
    }

    @Test
    void aBuyerPaysWithRobuxGetsTheKeyByDirectMessageAndTheSameOwnershipIsRefusedAgain() {
        roblox.add(new RobloxUser(new RobloxUserId(ROBLOX_ACCOUNT), "Builderman", "Builder", false));
        roblox.own(ROBLOX_ACCOUNT, WEEKLY_PASS, GAMEPASS_INSTANCE);
        startShopWithStock();

        long ticket = openTicket();
        PostedMessage instructions = chooseWeekly(ticket, "robux");
        assertThat(instructions.visibleText()).contains("2,400 Robux");
        assertThat(verifyRobux(instructions).visibleText()).contains(messages.get("robux.verified.dm"));
        assertThat(robloxServer.getRequestCount()).as("ownership checked at the Roblox stand-in").isPositive();

        assertThat(keysOf(buyer)).hasSize(1);
        String code = keysOf(buyer).get(0).code().value();
        assertThat(discord.awaitDirectMessageTo(buyer, dm -> dm.visibleText().contains(code)).visibleText())
                .contains("Weekly");
        discord.awaitCall("PUT", "guilds/\\d+/members/" + buyer.id() + "/roles/" + licensedRole);
        assertThat(guild.rolesOf(buyer.id())).as("licensed role").contains(licensedRole);

        // Past the license's week, so only the used gamepass purchase stands in the way.
        clock.advance(Duration.ofDays(8));
        assertThat(verifyRobux(instructions).visibleText()).contains(messages.get("error.already_paid_out"));
        assertThat(keysOf(buyer)).hasSize(1);
        assertThat(discord.directMessagesTo(buyer)).filteredOn(dm -> dm.visibleText().contains("license key"))
                .as("one key delivered").hasSize(1);
    }

    @Test
    void whenRobloxGivesNoInstanceIdTheBuyerRemovesPressesIRemovedItRebuysAndGetsASecondKey() {
        roblox.add(new RobloxUser(new RobloxUserId(ROBLOX_ACCOUNT), "Builderman", "Builder", false));
        roblox.ownWithoutInstance(ROBLOX_ACCOUNT, WEEKLY_PASS);
        startShopWithStock();
        long ticket = openTicket();
        PostedMessage instructions = chooseWeekly(ticket, "robux");
        assertThat(instructions.visibleText()).contains("I removed it");
        assertThat(verifyRobux(instructions).visibleText()).contains(messages.get("robux.verified.dm"));

        clock.advance(Duration.ofDays(8));
        PostedMessage paidOut = verifyRobux(instructions);
        assertThat(paidOut.visibleText()).contains(messages.get("error.already_paid_out"));
        String removed = button(paidOut, ComponentAction.ROBUX_REMOVED);
        assertThat(discord.awaitAnswer(discord.buttonClick(buyer, paidOut, removed)).visibleText())
                .contains(messages.get("error.gamepass_still_owned"));

        roblox.disown(ROBLOX_ACCOUNT, WEEKLY_PASS);
        assertThat(discord.awaitAnswer(discord.buttonClick(buyer, paidOut, removed)).visibleText())
                .contains(messages.get("robux.removed.next"));
        roblox.ownWithoutInstance(ROBLOX_ACCOUNT, WEEKLY_PASS);
        assertThat(verifyRobux(instructions).visibleText()).contains(messages.get("robux.verified.dm"));

        assertThat(keysOf(buyer)).extracting(key -> key.orderId().value()).containsExactlyInAnyOrder(
                "robux:156:1022970504:c1", "robux:156:1022970504:c2");
        for (LicenseKey key : keysOf(buyer)) {
            discord.awaitDirectMessageTo(buyer, dm -> dm.visibleText().contains(key.code().value()));
        }
        assertThat(shop.get(AuditLog.class).recent(new AuditQuery(Optional.empty(),
                Optional.of(AuditAction.ROBUX_CYCLE_CLOSED), 10)))
                .singleElement().satisfies(event -> assertThat(event.subject()).isEqualTo("robux:156:1022970504:c1"));
    }

    @Test
    void aBuyerWhoPicksPayPalAndPaysOnSellixWithTheirDiscordIdGetsTheKeyByDirectMessageAndInMyLicenses()
            throws Exception {
        Path file = dir.resolve(ConfigLoader.DEFAULT_FILE);
        ObjectMapper json = new ObjectMapper();
        ObjectNode config = (ObjectNode) json.readTree(file.toFile());
        config.putObject("storefronts").putObject("sellix").put("secret", "sellix-secret")
                .putObject("products").put("weekly-product", "weekly");
        Files.writeString(file, json.writeValueAsString(config));
        startShopWithStock();

        long ticket = openTicket();
        PostedMessage link = chooseWeekly(ticket, "paypal");
        assertThat(link.visibleText()).contains("https://buyawp.sellpass.io/products/weekly").contains(buyer.idString())
                .contains("discord_id");

        byte[] body = ("{\"event\":\"product:dynamic\",\"data\":{\"uniqid\":\"sx-0001\",\"quantity\":1,"
                + "\"total\":\"6.99\",\"currency\":\"USD\",\"customer_email\":\"buyer@example.com\","
                + "\"custom_fields\":{\"discord_id\":\"" + buyer.idString() + "\"}}}").getBytes(StandardCharsets.UTF_8);
        try (WebhookServer webhooks = WebhookServer.start("127.0.0.1", 0,
                shop.get(StorefrontModule.StorefrontWebhookList.class).webhooks(),
                new StorefrontWebhooks(shop.get(StorefrontDeliveryUseCase.class), new SimpleMeterRegistry()))) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + webhooks.port() + "/webhooks/sellix"))
                    .timeout(Duration.ofSeconds(30))
                    .header("X-Sellix-Signature", new HmacSignature("HmacSHA512", "sellix-secret").sign(body))
                    .header("X-Sellix-Event", "product:dynamic").header("X-Sellix-Product-Id", "weekly-product")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(keysOf(buyer)).singleElement().satisfies(key ->
                    assertThat(answer.body()).isEqualTo(key.code().value() + "\n"));
        }
        String code = keysOf(buyer).get(0).code().value();
        assertThat(discord.awaitDirectMessageTo(buyer, dm -> dm.visibleText().contains(code)).visibleText())
                .contains("Weekly");
        discord.awaitCall("PUT", "guilds/\\d+/members/" + buyer.id() + "/roles/" + licensedRole);
        PostedMessage panel = discord.awaitMessageIn(shopChannel, message -> hasButton(message, ComponentAction.MY_LICENSES));
        PostedMessage mine = discord.awaitAnswer(discord.buttonClick(buyer, panel, id(ComponentAction.MY_LICENSES)));
        assertThat(mine.visibleText()).contains(code);
    }

    @Test
    void aManualPaymentApprovedAfterTheBotRestartedOverTheSameDataFolderStillDelivers() {
        startShopWithStock();
        long ticket = openTicket();
        PostedMessage notice = submitManualPayment(ticket);
        assertThat(notice.files()).singleElement().satisfies(file ->
                assertThat(file.bytes()).isEqualTo(BotFixture.PNG));

        shop.close();
        shop = startShop();
        discord.awaitIdentified(2);
        InjectedInteraction approve = discord.buttonClick(admin, notice, button(notice, ComponentAction.PAY_APPROVE));

        discord.awaitCallback(approve);
        PostedMessage dm = discord.awaitDirectMessageTo(buyer, message -> message.visibleText().contains("license key"));
        assertThat(keysOf(buyer)).singleElement()
                .satisfies(key -> assertThat(dm.visibleText()).contains(key.code().value()));
        for (long channel : new long[] {adminChannel, ticket}) {
            PostedMessage copy = discord.awaitMessageIn(channel,
                    message -> message.visibleText().contains("Approved by <@" + admin.idString() + ">"));
            assertThat(copy.customIds()).isNotEmpty().allMatch(copy::isDisabled);
        }
    }

    @Test
    void licenseImportWithAFileThenViewWithAPngChartAndAnExportCsvThatParses() throws IOException {
        shop = startShop();
        StringBuilder file = new StringBuilder();
        TestKeys.codes(700, 3).forEach(code -> file.append(code.value()).append('\n'));
        file.append("not-a-key\n");

        InjectedInteraction imported = discord.slashCommand(admin, adminChannel, "license",
                SlashOption.subcommand("import", SlashOption.string("type", "weekly"),
                        SlashOption.attachment("file", new StandInFile("keys.txt", "text/plain",
                                file.toString().getBytes(StandardCharsets.UTF_8)))));
        assertThat(discord.awaitAnswer(imported).visibleText()).contains("Imported: 3").contains("Invalid lines: 1");
        assertThat(shop.get(LicenseKeyRepository.class).count(KeyFilter.ALL)).isEqualTo(3);

        InjectedInteraction chart = discord.slashCommand(admin, adminChannel, "license",
                SlashOption.subcommand("view", SlashOption.string("view_type", "transactions")));
        Upload png = discord.awaitAnswer(chart).files().stream().filter(f -> f.filename().equals("chart.png"))
                .findFirst().orElseThrow(() -> new AssertionError("no chart.png attached"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image).as("a PNG ImageIO decodes").isNotNull();
        assertThat(image.getWidth()).isPositive();

        InjectedInteraction export = discord.slashCommand(admin, adminChannel, "license",
                SlashOption.subcommand("view", SlashOption.string("view_type", "keys"), SlashOption.bool("export", true)));
        Upload csv = discord.awaitAnswer(export).files().stream().filter(f -> f.filename().endsWith(".csv"))
                .findFirst().orElseThrow(() -> new AssertionError("no CSV attached"));
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.bytes())) {
            rows = it.readAll();
        }
        assertThat(rows).hasSize(3);
    }

    @Test
    void twoAdminsApprovingTheSameManualPaymentAtOnceDeliverOneKeyAndBothNoticesShowTheApproval() {
        startShopWithStock();
        long ticket = openTicket();
        PostedMessage notice = submitManualPayment(ticket);
        String approve = button(notice, ComponentAction.PAY_APPROVE);

        InjectedInteraction first = discord.buttonClick(admin, notice, approve);
        InjectedInteraction second = discord.buttonClick(otherAdmin, notice, approve);

        discord.awaitCallback(first);
        discord.awaitCallback(second);
        PostedMessage dm = discord.awaitDirectMessageTo(buyer, message -> message.visibleText().contains("license key"));
        assertThat(keysOf(buyer)).singleElement()
                .satisfies(key -> assertThat(dm.visibleText()).contains(key.code().value()));
        PostedMessage approvedNotice = discord.awaitMessageIn(adminChannel,
                message -> message.id() == notice.id() && message.visibleText().contains("Approved by"));
        PostedMessage ticketCopy = discord.awaitMessageIn(ticket, message -> message.visibleText().contains("Approved by"));
        for (PostedMessage copy : List.of(approvedNotice, ticketCopy)) {
            assertThat(copy.customIds()).isNotEmpty().allMatch(copy::isDisabled);
        }
        String winner = approvedNotice.visibleText().contains("<@" + admin.idString() + ">")
                ? admin.idString() : otherAdmin.idString();
        assertThat(ticketCopy.visibleText()).contains("Approved by <@" + winner + ">");
        InjectedInteraction loser = winner.equals(admin.idString()) ? second : first;
        assertThat(discord.awaitAnswer(loser).visibleText()).contains("already approved by <@" + winner + ">");
        assertThat(discord.directMessagesTo(buyer)).filteredOn(message -> message.visibleText().contains("license key"))
                .as("one key delivered").hasSize(1);
    }

    @Test
    void withDirectMessagesClosedTheKeyLandsInTheTicketAndMyLicensesShowsIt() {
        roblox.add(new RobloxUser(new RobloxUserId(ROBLOX_ACCOUNT), "Builderman", "Builder", false));
        roblox.own(ROBLOX_ACCOUNT, WEEKLY_PASS, GAMEPASS_INSTANCE);
        startShopWithStock();
        discord.closeDirectMessages(buyer);
        expectedFailure = call -> call.status() == 403 && call.is("POST", "channels/\\d+/messages");
        long ticket = openTicket();

        assertThat(verifyRobux(chooseWeekly(ticket, "robux")).visibleText())
                .contains(messages.get("robux.verified.ticket"));

        String code = keysOf(buyer).get(0).code().value();
        discord.awaitMessageIn(ticket, message -> message.visibleText().contains(code));
        assertThat(discord.awaitMessageIn(adminChannel,
                message -> message.visibleText().contains("could not be sent by direct message")).visibleText())
                .doesNotContain(code);
        assertThat(discord.calls("POST", "channels/\\d+/messages")).filteredOn(call -> call.status() == 403)
                .as("a closed DM is not retried").hasSize(1);
        assertThat(discord.directMessagesTo(buyer)).isEmpty();
        PostedMessage withMyLicenses = discord.awaitMessageIn(ticket,
                message -> hasButton(message, ComponentAction.MY_LICENSES));
        InjectedInteraction mine = discord.buttonClick(buyer, withMyLicenses,
                button(withMyLicenses, ComponentAction.MY_LICENSES));
        assertThat(discord.awaitAnswer(mine).visibleText()).contains(code);
    }

    /** The admin alert that weekly stock fell to the critical level (purchases paused). */
    private static boolean weeklyCriticalAlert(PostedMessage message) {
        return message.visibleText().lines().anyMatch(line -> line.startsWith("weekly: ")
                && line.contains("\u2192 critical"));
    }

    @Test
    void theLastSellableKeySoldDisablesTheTypeInEveryOpenTicketAlertsAdminsOnceAndAnImportBringsItBack() {
        roblox.add(new RobloxUser(new RobloxUserId(ROBLOX_ACCOUNT), "Builderman", "Builder", false));
        roblox.own(ROBLOX_ACCOUNT, WEEKLY_PASS, GAMEPASS_INSTANCE);
        shop = startShop();
        // At the critical level (1 key by default) new purchases pause: with 2 keys, one sale is the last.
        stock(LicenseTypeCode.WEEKLY, 0, 2);
        stock(LicenseTypeCode.MONTHLY, 100, 5);
        long otherTicket = openTicketAs(otherBuyer);
        long ticket = openTicket();
        String weeklyRobux = id(ComponentAction.PAY_METHOD, "weekly", "robux");

        assertThat(verifyRobux(chooseWeekly(ticket, "robux")).visibleText()).contains(messages.get("robux.verified.dm"));

        for (long channel : new long[] {ticket, otherTicket}) {
            discord.awaitMessageIn(channel, message -> message.customIds().contains(weeklyRobux)
                    && message.isDisabled(weeklyRobux));
        }
        discord.awaitMessageIn(adminChannel, ProductionScenariosTest::weeklyCriticalAlert);
        assertThat(discord.messagesIn(adminChannel)).filteredOn(ProductionScenariosTest::weeklyCriticalAlert)
                .as("admins alerted once").hasSize(1);

        StringBuilder file = new StringBuilder();
        TestKeys.codes(500, 3).forEach(code -> file.append(code.value()).append('\n'));
        InjectedInteraction imported = discord.slashCommand(admin, adminChannel, "license",
                SlashOption.subcommand("import", SlashOption.string("type", "weekly"),
                        SlashOption.attachment("file", new StandInFile("keys.txt", "text/plain",
                                file.toString().getBytes(StandardCharsets.UTF_8)))));
        assertThat(discord.awaitAnswer(imported).visibleText()).contains("Imported: 3");

        discord.awaitMessageIn(otherTicket, message -> message.customIds().contains(weeklyRobux)
                && !message.isDisabled(weeklyRobux));
    }

    @Test
    void withOnlyABotTokenTheRenewButtonOfAnExpiryReminderOpensATicketInTheBotsOnlyServer() throws IOException {
        Path file = dir.resolve(ConfigLoader.DEFAULT_FILE);
        ObjectNode config = (ObjectNode) new ObjectMapper().readTree(Files.readString(file));
        config.remove("guildIds");
        Files.writeString(file, config.toString());
        startShopWithStock();
        discord.awaitCall("PUT", "applications/" + discord.applicationId() + "/commands");
        DiscordUserId holder = new DiscordUserId(buyer.id());
        shop.get(LicenseKeyRepository.class).claim(new ClaimOrder(new OrderId("order-renew"), LicenseType.weekly(),
                holder, null, null), clock.instant()).orElseThrow();

        clock.advance(Duration.ofDays(6));
        assertThat(shop.get(LicenseLifecycleUseCase.class).sendExpiryReminders()).isEqualTo(1);
        PostedMessage reminder = discord.awaitDirectMessageTo(buyer, dm -> hasButton(dm, ComponentAction.LICENSE_RENEW));
        PostedMessage answer = discord.awaitAnswer(discord.buttonClick(buyer, reminder,
                button(reminder, ComponentAction.LICENSE_RENEW)));

        PurchaseTicket ticket = shop.get(PurchaseTicketRepository.class).findOpenOf(holder).orElseThrow();
        assertThat(ticket.guildId()).isEqualTo(Long.toUnsignedString(guild.id()));
        assertThat(answer.visibleText()).contains("<#" + ticket.channelId() + ">");
        assertThat(guild.channel(Long.parseLong(ticket.channelId()))).as("the ticket channel").isPresent();
    }

    @Test
    void anAdminDeletesATicketChannelByHandItsTicketClosesAndTheBuyerOpensANewOne() {
        startShopWithStock();
        long deleted = openTicket();
        PurchaseTicketRepository tickets = shop.get(PurchaseTicketRepository.class);

        discord.personDeletesChannel(deleted);
        DiscordStandIn.awaitTrue(() -> !tickets.find(Long.toUnsignedString(deleted)).orElseThrow().isOpen(),
                "the ticket of the deleted channel to close");
        long fresh = openTicket();

        assertThat(fresh).isNotEqualTo(deleted);
        assertThat(guild.channel(fresh)).as("the new ticket channel").isPresent();
    }

    @Test
    void afterTheGatewayDropsTheBotResumesAndServesTheNextInteraction() {
        startShopWithStock();

        discord.dropGateway();
        discord.awaitResumed(1);
        InjectedInteraction panel = discord.slashCommand(admin, shopChannel, "panel");

        assertThat(discord.awaitAnswer(panel).visibleText()).contains(messages.get("panel.posted"));
        discord.awaitMessageIn(shopChannel, message -> hasButton(message, ComponentAction.PANEL_BUY));
        assertThat(discord.identifyCount()).isEqualTo(1);
    }
}
