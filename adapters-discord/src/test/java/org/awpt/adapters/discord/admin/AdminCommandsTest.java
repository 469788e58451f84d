package org.awpt.adapters.discord.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awpt.adapters.discord.BotFixture.ADMIN;
import static org.awpt.adapters.discord.BotFixture.ADMIN_CHANNEL;
import static org.awpt.adapters.discord.BotFixture.BUYER;
import static org.awpt.adapters.discord.BotFixture.NO_ROLES;
import static org.awpt.adapters.discord.BotFixture.SUPPORT;
import static org.awpt.adapters.discord.BotFixture.SUPPORT_ROLES;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.utils.AttachedFile;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.awpt.adapters.discord.BotDriver;
import org.awpt.adapters.discord.BotFixture;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.FakeDiscordOps;
import org.awpt.adapters.discord.runtime.MockEvents;
import org.awpt.application.fake.TestKeys;
import org.awpt.domain.event.SaleCompleted;
import org.awpt.domain.license.KeyFormats;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.Money;
import org.junit.jupiter.api.Test;

class AdminCommandsTest {
    private final BotFixture bot = new BotFixture().stock(LicenseTypeCode.WEEKLY, 25).stock(LicenseTypeCode.MONTHLY, 12);
    private final BotDriver driver = new BotDriver(bot);
    private final FakeDiscordOps discord = bot.stores.discord;

    private static byte[] file(BotDriver.Answer answer, String name) throws IOException {
        MessageEditData data = answer.edits().get(answer.edits().size() - 1);
        for (AttachedFile file : data.getAttachments()) {
            if (file instanceof FileUpload upload && upload.getName().equals(name)) {
                return upload.getData().readAllBytes();
            }
        }
        throw new AssertionError("no file " + name + " in " + data.getAttachments());
    }

    private static List<List<String>> csv(byte[] bytes) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(bytes)) {
            return it.readAll();
        }
    }

    private BotDriver.Answer importFile(String type, String content) {
        SlashCommandInteractionEvent event = MockEvents.slash(ADMIN.value(), NO_ROLES, "license import", "type", type);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        discord.serve("https://cdn.example/keys.txt", bytes);
        MockEvents.attach(event, "file", "https://cdn.example/keys.txt", bytes.length);
        return driver.slash(event);
    }

    private List<String> allCodes() {
        return bot.stores.keys.list(org.awpt.application.port.KeyFilter.ALL, 0, 1000).stream()
                .map(k -> k.code().value()).toList();
    }

    // ---- /license import ----

    @Test
    void importReportsImportedInvalidDuplicateAndPresentLines() {
        String fresh = TestKeys.code(500).value();
        String present = allCodes().get(0);
        BotDriver.Answer answer = importFile("weekly", fresh + "\nnot-a-key\n" + fresh + "\n" + present + "\n");

        assertThat(answer.all()).contains("Imported: 1").contains("Invalid lines: 1").contains("Duplicates in the file: 1")
                .contains("Already present: 1");
        assertThat(answer.edits().get(0).getAttachments()).isEmpty();
        assertThat(answer.all()).contains("exactly 32 letters or digits").contains("`aaa-a-aaa`")
                .doesNotContain("not-a-key");
    }

    @Test
    void aCleanImportNamesTheFormatButShowsNoShape() {
        BotDriver.Answer answer = importFile("weekly", TestKeys.code(501).value() + "\n");

        assertThat(answer.all()).contains("Imported: 1").contains("Each line holds one weekly key: exactly 32 letters or"
                + " digits (A-Z, a-z, 0-9).").contains("shop.keyFormats").doesNotContain("first invalid line");
    }

    @Test
    void aTypeOfAnotherFormatTakesItsKeysAndTheReplyNamesThatFormat() {
        BotFixture dashed = BotFixture.with(access -> org.awpt.application.fake.ExampleShop.settings(access)
                .withKeyFormats(new KeyFormats(Map.of(LicenseTypeCode.WEEKLY, TestKeys.DASHED_FORMAT))));
        SlashCommandInteractionEvent event = MockEvents.slash(ADMIN.value(), NO_ROLES, "license import", "type", "weekly");
        byte[] bytes = (TestKeys.dashed(1).value() + "\n" + TestKeys.code(2).value() + "\n").getBytes(StandardCharsets.UTF_8);
        dashed.stores.discord.serve("https://cdn.example/dashed.txt", bytes);
        MockEvents.attach(event, "file", "https://cdn.example/dashed.txt", bytes.length);

        BotDriver.Answer answer = new BotDriver(dashed).slash(event);

        assertThat(answer.all()).contains("Imported: 1").contains("Invalid lines: 1")
                .contains("five groups of five capital letters or digits, with dashes between")
                .contains("`AaaaAaa" + "9".repeat(25) + "`")
                .doesNotContain(TestKeys.code(2).value());
        assertThat(dashed.stores.keys.findByCode(TestKeys.dashed(1))).isPresent();
    }

    @Test
    void aLongImportReportIsAttachedInFull() throws IOException {
        String lines = IntStream.range(0, 60).mapToObj(i -> "bad line " + i).collect(Collectors.joining("\n"));
        BotDriver.Answer answer = importFile("weekly", lines);

        assertThat(answer.text()).isEqualTo(bot.messages.get("import.full"));
        assertThat(new String(file(answer, "import-report.txt"), StandardCharsets.UTF_8)).contains("60");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimit() {
        SlashCommandInteractionEvent event = MockEvents.slash(ADMIN.value(), NO_ROLES, "license import", "type", "weekly");
        MockEvents.attach(event, "file", "https://cdn.example/huge.txt", 50L * 1024 * 1024);
        assertThat(driver.slash(event).text()).contains("the limit is " + bot.settings.importLimits().maxBytes());
    }

    // ---- /license view ----

    @Test
    void statisticsShowEachTypeWithItsButtons() {
        BotDriver.Answer answer = driver.slash(ADMIN, NO_ROLES, "license view", "view_type", "statistics");

        assertThat(answer.all()).contains("Weekly").contains("Available: 25").contains("Monthly").contains("Available: 12");
        assertThat(answer.buttons()).extracting(Button::getLabel)
                .containsExactly("Export", "Search", "View Transactions", "View All Keys");
    }

    @Test
    void exportAttachesACsvOfEveryKeyWithFullCodes() throws IOException {
        BotDriver.Answer answer = driver.slash(ADMIN, NO_ROLES, "license view", "view_type", "statistics",
                "export", "true");

        List<List<String>> rows = csv(file(answer, "keys.csv"));
        assertThat(rows.get(0)).startsWith("code", "type", "status", "holder");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsExactlyInAnyOrderElementsOf(allCodes());
    }

    @Test
    void theExportButtonRepliesWithTheCsv() throws IOException {
        BotDriver.Answer answer = driver.click(ADMIN, NO_ROLES, ComponentId.of(ComponentAction.STATS_EXPORT), "c", "m");
        assertThat(answer.text()).isEqualTo(bot.messages.get("export.done", "count", 37));
        assertThat(csv(file(answer, "keys.csv"))).hasSize(38);
    }

    @Test
    void transactionsShowAChartAndSwitchPeriodAndStyle() throws IOException {
        BotDriver.Answer answer = driver.slash(ADMIN, NO_ROLES, "license view", "view_type", "transactions");

        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(file(answer, "chart.png")));
        assertThat(chart.getWidth()).isPositive();
        assertThat(answer.embeds().get(0).getImage().getUrl()).isEqualTo("attachment://chart.png");
        assertThat(answer.all()).contains("Total: 0").contains("last 7 days");
        assertThat(answer.buttons()).extracting(Button::getLabel)
                .containsExactly("Back", "Refresh", "Line", "30 days", "90 days", "Custom range");
        assertThat(answer.all()).contains("Revenue: No recorded sale in this period.");
        assertThat(answer.buttons()).extracting(Button::getCustomId).doesNotHaveDuplicates();

        BotDriver.Answer line = driver.click(ADMIN, NO_ROLES,
                BotDriver.button(answer.buttons(), ComponentAction.TRANSACTIONS).getCustomId(), "c", "m");
        assertThat(line.edited()).isTrue();
        BotDriver.Answer thirty = driver.click(ADMIN, NO_ROLES, ComponentId.of(ComponentAction.TRANSACTIONS, "30", "line"),
                "c", "m");
        assertThat(thirty.all()).contains("last 30 days");
        assertThat(thirty.buttons()).extracting(Button::getLabel).contains("Bar", "7 days", "90 days");
    }

    @Test
    void transactionsShowRevenuePerMethodAndCurrencyAndTheKeysNoRecordedSaleAccountsFor() {
        java.time.Instant now = bot.stores.clock.instant();
        bot.events.publish(new SaleCompleted(BUYER, LicenseTypeCode.WEEKLY, "gcash", List.of(sell()), "manual:s1", now,
                Money.of("420", "PHP")));
        bot.events.publish(new SaleCompleted(BUYER, LicenseTypeCode.WEEKLY, "gcash", List.of(sell()), "manual:s2", now,
                Money.of("420", "PHP")));
        bot.events.publish(new SaleCompleted(null, LicenseTypeCode.WEEKLY, "paypal", List.of(sell(), sell()),
                "storefront:sellix:i1:p", now, null));
        sell(); // a key sold before sales were recorded

        BotDriver.Answer answer = driver.slash(ADMIN, NO_ROLES, "license view", "view_type", "transactions");

        assertThat(answer.all()).contains("**gcash**: \u20B1840 (2 sales, 2 keys)")
                .contains("**paypal**: no amount recorded (1 sale, 2 keys)")
                .contains("1 key delivered with no recorded sale");
    }

    @Test
    void aCustomRangeIsAskedInAModalAndShownFromItsFirstToItsLastDay() {
        BotDriver.Answer modal = driver.click(ADMIN, NO_ROLES, ComponentId.of(ComponentAction.TX_RANGE, "bar"), "c", "m");
        assertThat(modal.modal().getId()).isEqualTo("v1:inv:txrangem:bar");

        BotDriver.Answer range = driver.submit(ADMIN, NO_ROLES, modal.modal().getId(), "c", List.of(),
                AdminViews.RANGE_FROM, "2025-12-01", AdminViews.RANGE_TO, "2025-12-10");

        assertThat(range.all()).contains("Keys delivered, 2025-12-01 to 2025-12-10");
        assertThat(range.buttons()).extracting(Button::getLabel)
                .containsExactly("Back", "Refresh", "Line", "7 days", "30 days", "90 days", "Custom range");
        assertThat(BotDriver.button(range.buttons(), ComponentAction.TRANSACTIONS).getCustomId())
                .isEqualTo("v1:inv:tx:2025-12-01.2025-12-10:bar");
        BotDriver.Answer refreshed = driver.click(ADMIN, NO_ROLES,
                ComponentId.of(ComponentAction.TRANSACTIONS, "2025-12-01.2025-12-10", "line"), "c", "m");
        assertThat(refreshed.all()).contains("2025-12-01 to 2025-12-10");

        BotDriver.Answer backwards = driver.submit(ADMIN, NO_ROLES, modal.modal().getId(), "c", List.of(),
                AdminViews.RANGE_FROM, "2025-12-10", AdminViews.RANGE_TO, "2025-12-01");
        assertThat(backwards.text()).startsWith("That does not look right");
        BotDriver.Answer notADay = driver.submit(ADMIN, NO_ROLES, modal.modal().getId(), "c", List.of(),
                AdminViews.RANGE_FROM, "yesterday", AdminViews.RANGE_TO, "2025-12-01");
        assertThat(notADay.text()).startsWith("That does not look right");
    }

    /** Claims a weekly key for a new order, as a sale does. */
    private org.awpt.domain.license.KeyCode sell() {
        return bot.stores.keys.claim(new org.awpt.domain.license.ClaimOrder(
                new org.awpt.domain.license.OrderId("test:" + java.util.UUID.randomUUID()),
                org.awpt.domain.license.LicenseType.weekly(), BUYER, null, null),
                bot.stores.clock.instant()).orElseThrow().code();
    }

    @Test
    void aPeriodOutsideTheAllowedRangeIsRefused() {
        BotDriver.Answer answer = driver.click(ADMIN, NO_ROLES, ComponentId.of(ComponentAction.TRANSACTIONS, "999", "bar"),
                "c", "m");
        assertThat(answer.text()).startsWith("That does not look right");
    }

    // ---- All Keys paging ----

    private BotDriver.Answer keys(String type, String status, String page) {
        return driver.click(ADMIN, NO_ROLES, ComponentId.of(ComponentAction.KEYS_PAGE, type, status, page), "c", "m");
    }

    private static Button labelled(List<Button> buttons, String label) {
        return buttons.stream().filter(b -> b.getLabel().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void theFirstPageHasNoPreviousAndKeysAreMasked() {
        BotDriver.Answer first = driver.slash(ADMIN, NO_ROLES, "license view", "view_type", "keys");

        assertThat(first.embeds().get(0).getFooter().getText()).isEqualTo("Page 1 of 4 \u00b7 37 keys");
        assertThat(labelled(first.buttons(), "Previous").isDisabled()).isTrue();
        assertThat(labelled(first.buttons(), "Next").isDisabled()).isFalse();
        assertThat(first.buttons()).extracting(Button::getCustomId).doesNotHaveDuplicates();
        String text = first.all();
        assertThat(allCodes()).noneMatch(text::contains);
        assertThat(text).contains("\u2022\u2022\u2022\u2022");
    }

    @Test
    void nextAndPreviousWalkToTheLastPage() {
        BotDriver.Answer second = keys("all", "all", labelled(
                driver.slash(ADMIN, NO_ROLES, "license view", "view_type", "keys").buttons(), "Next").getCustomId()
                .substring("v1:inv:keys:all:all:".length()));
        assertThat(second.embeds().get(0).getFooter().getText()).startsWith("Page 2 of 4");

        BotDriver.Answer last = keys("all", "all", "n3");
        assertThat(last.embeds().get(0).getFooter().getText()).startsWith("Page 4 of 4");
        assertThat(labelled(last.buttons(), "Next").isDisabled()).isTrue();
        assertThat(labelled(last.buttons(), "Previous").isDisabled()).isFalse();
        assertThat(last.embeds().get(0).getDescription().lines().filter(l -> l.startsWith("`")).count()).isEqualTo(7);
    }

    @Test
    void aPageBeyondTheLastShowsTheLast() {
        assertThat(keys("all", "all", "n99").embeds().get(0).getFooter().getText()).startsWith("Page 4 of 4");
    }

    @Test
    void anEmptyFilterShowsOneEmptyPage() {
        BotDriver.Answer empty = keys("all", "revoked", "s0");

        assertThat(empty.all()).contains(bot.messages.get("keys.none"));
        assertThat(empty.embeds().get(0).getFooter().getText()).startsWith("Page 1 of 1 \u00b7 0 keys");
        assertThat(labelled(empty.buttons(), "Previous").isDisabled()).isTrue();
        assertThat(labelled(empty.buttons(), "Next").isDisabled()).isTrue();
    }

    @Test
    void typeAndStatusFiltersNarrowTheList() {
        BotDriver.Answer monthly = keys("monthly", "available", "t0");
        assertThat(monthly.embeds().get(0).getFooter().getText()).isEqualTo("Page 1 of 2 \u00b7 12 keys");
        assertThat(labelled(monthly.buttons(), "Monthly").isDisabled()).isTrue();
        assertThat(labelled(monthly.buttons(), "Available").isDisabled()).isTrue();
    }

    // ---- search, revoke, lookup ----

    @Test
    void searchFindsKeysByFragmentAndMasksThem() {
        String code = allCodes().get(3);
        BotDriver.Answer found = driver.slash(ADMIN, NO_ROLES, "license search", "search_key", code.substring(10, 30));

        assertThat(found.all()).contains(new org.awpt.domain.license.KeyCode(code).masked()).doesNotContain(code);
        assertThat(found.buttons()).extracting(Button::getLabel).containsExactly("Back", "New Search");
        BotDriver.Answer modal = driver.click(ADMIN, NO_ROLES, ComponentId.of(ComponentAction.STATS_SEARCH), "c", "m");
        assertThat(modal.modal().getId()).isEqualTo("v1:inv:searchm");
        BotDriver.Answer again = driver.submit(ADMIN, NO_ROLES, modal.modal().getId(), "c", List.of(),
                LicenseCommand.FRAGMENT, "zzzzzz");
        assertThat(again.all()).contains("No key contains \"zzzzzz\"");
    }

    @Test
    void aRevocationReasonIsEchoedAsTypedAndCut() {
        String code = allCodes().get(0);
        String reason = "[refund](https://evil.example) **now** " + "*".repeat(460);

        BotDriver.Answer revoked = driver.slash(ADMIN, NO_ROLES, "license revoke", "key", code, "reason", reason);

        assertThat(revoked.text()).contains("\\[refund\\](https://evil.example) \\*\\*now\\*\\*")
                .doesNotContain("[refund](").contains("\u2026");
    }

    @Test
    void revokeAndLookup() {
        String code = allCodes().get(0);
        BotDriver.Answer revoked = driver.slash(ADMIN, NO_ROLES, "license revoke", "key", code, "reason", "chargeback");
        assertThat(revoked.text()).contains("was revoked").contains("chargeback").doesNotContain(code);
        assertThat(bot.stores.keys.findByCode(new org.awpt.domain.license.KeyCode(code)).orElseThrow().status())
                .isEqualTo(KeyStatus.REVOKED);

        SlashCommandInteractionEvent lookup = MockEvents.slash(ADMIN.value(), NO_ROLES, "license lookup");
        MockEvents.userOption(lookup, "user", BUYER.value());
        assertThat(driver.slash(lookup).all()).contains("holds no license");
    }

    @Test
    void robuxResetOpensTheNextPayoutOnlyForAdmins() {
        org.awpt.domain.RobloxUserId roblox = new org.awpt.domain.RobloxUserId(156);
        bot.stores.roblox.addUser(new org.awpt.application.roblox.RobloxUser(roblox, "Builderman", null, false))
                .grantWithoutInstance(roblox, 1022970504L);
        BotDriver.Answer nothing = driver.slash(ADMIN, NO_ROLES, "license robux-reset", "user", "156",
                "gamepass", "1022970504");
        assertThat(nothing.text()).contains("no paid-out purchase").contains("cycle 1");
        bot.robux.verify(new org.awpt.application.robux.VerifyRobuxPurchase(
                org.awpt.domain.access.Requester.of(BUYER), LicenseTypeCode.WEEKLY, "156", null));

        assertThat(driver.slash(BUYER, NO_ROLES, "license robux-reset", "user", "Builderman", "gamepass",
                "1022970504").text()).isEqualTo(bot.messages.get("error.not_authorized"));
        assertThat(driver.slash(ADMIN, NO_ROLES, "license robux-reset", "user", "156", "gamepass", "abc").text())
                .startsWith("That does not look right");
        BotDriver.Answer reset = driver.slash(ADMIN, NO_ROLES, "license robux-reset", "user", "Builderman",
                "gamepass", "1022970504");

        assertThat(reset.text()).isEqualTo(bot.messages.get("robux.reset.done", "roblox", "156",
                "gamePassId", "1022970504", "cycle", "2"));
        assertThat(bot.stores.audit.ofAction(org.awpt.domain.audit.AuditAction.ROBUX_CYCLE_CLOSED)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(ADMIN));
    }

    // ---- /requestkeys ----

    @Test
    void supportRequestsKeysAndAnAdminApprovesThem() {
        BotDriver.Answer requested = driver.slash(SUPPORT, SUPPORT_ROLES, "requestkeys", "type", "weekly",
                "quantity", "3", "reason", "giveaway");
        assertThat(requested.text()).contains("3 weekly keys");
        FakeDiscordOps.Posted notice = discord.in(ADMIN_CHANNEL).stream()
                .filter(m -> !BotDriver.buttons(m.reply()).isEmpty()).findFirst().orElseThrow();
        assertThat(BotDriver.text(notice.reply())).contains("giveaway");

        BotDriver.Answer approved = driver.click(ADMIN, NO_ROLES,
                BotDriver.button(BotDriver.buttons(notice.reply()), ComponentAction.REQUEST_APPROVE).getCustomId(),
                notice.channelId(), notice.messageId());

        assertThat(approved.all()).contains("Approved by <@1000>");
        assertThat(approved.buttons()).allMatch(Button::isDisabled);
        List<LicenseKey> reserved = bot.stores.keys.list(
                org.awpt.application.port.KeyFilter.of(null, KeyStatus.REQUESTED), 0, 10);
        assertThat(discord.dms(SUPPORT)).singleElement().satisfies(dm -> {
            String text = BotDriver.text(dm.reply());
            reserved.forEach(k -> assertThat(text).contains(k.code().value()));
        });
    }

    @Test
    void approvingARequestThatLeavesTheStockLowAsksTheAdminToConfirm() {
        driver.slash(SUPPORT, SUPPORT_ROLES, "requestkeys", "type", "monthly", "quantity", "3", "reason", "raffle");
        FakeDiscordOps.Posted notice = discord.in(ADMIN_CHANNEL).stream()
                .filter(m -> !BotDriver.buttons(m.reply()).isEmpty()).findFirst().orElseThrow();

        BotDriver.Answer warned = driver.click(ADMIN, NO_ROLES,
                BotDriver.button(BotDriver.buttons(notice.reply()), ComponentAction.REQUEST_APPROVE).getCustomId(),
                notice.channelId(), notice.messageId());

        assertThat(warned.all()).contains("raffle").contains("leaves only 9 monthly keys in stock")
                .contains("low threshold of 10").doesNotContain("Approved by");
        assertThat(warned.buttons()).hasSize(2).noneMatch(Button::isDisabled)
                .contains(BotDriver.button(warned.buttons(), ComponentAction.REQUEST_APPROVE_LOW_STOCK),
                        BotDriver.button(warned.buttons(), ComponentAction.REQUEST_DENY));
        assertThat(discord.dms(SUPPORT)).isEmpty();

        BotDriver.Answer approved = driver.click(ADMIN, NO_ROLES, BotDriver.button(warned.buttons(),
                ComponentAction.REQUEST_APPROVE_LOW_STOCK).getCustomId(), notice.channelId(), notice.messageId());

        assertThat(approved.all()).contains("Approved by <@1000>");
        assertThat(approved.buttons()).allMatch(Button::isDisabled);
        assertThat(discord.dms(SUPPORT)).hasSize(1);
        assertThat(bot.stores.audit.ofAction(org.awpt.domain.audit.AuditAction.KEY_REQUEST_APPROVED))
                .singleElement().satisfies(e -> assertThat(e.details()).containsEntry("lowStockConfirmed", "true"));
    }

    @Test
    void aSupportMemberPastTheirPendingKeysIsToldTheFigures() {
        driver.slash(SUPPORT, SUPPORT_ROLES, "requestkeys", "type", "weekly", "quantity", "15");

        BotDriver.Answer refused = driver.slash(SUPPORT, SUPPORT_ROLES, "requestkeys", "type", "weekly",
                "quantity", "6");

        assertThat(refused.all()).contains("already hold 15 keys").contains("limit of 20 keys waiting");
        assertThat(bot.stores.keys.countAvailable(LicenseTypeCode.WEEKLY)).isEqualTo(10);
    }

    @Test
    void aDeniedRequestReturnsTheKeys() {
        driver.slash(SUPPORT, SUPPORT_ROLES, "requestkeys", "type", "monthly", "quantity", "2");
        FakeDiscordOps.Posted notice = discord.in(ADMIN_CHANNEL).stream()
                .filter(m -> !BotDriver.buttons(m.reply()).isEmpty()).findFirst().orElseThrow();

        BotDriver.Answer denied = driver.click(ADMIN, NO_ROLES,
                BotDriver.button(BotDriver.buttons(notice.reply()), ComponentAction.REQUEST_DENY).getCustomId(),
                notice.channelId(), notice.messageId());

        assertThat(denied.all()).contains("Denied by <@1000>");
        assertThat(bot.stores.keys.countAvailable(LicenseTypeCode.MONTHLY)).isEqualTo(12);
    }

    @Test
    void aRequestOverTheLimitIsRefused() {
        assertThat(driver.slash(SUPPORT, SUPPORT_ROLES, "requestkeys", "type", "weekly", "quantity", "500").text())
                .startsWith("That does not look right: quantity");
    }

    // ---- /lockdown and /audit ----

    @Test
    void lockingAMethodDisablesItInOpenTicketsAndShowsInTheStatus() {
        driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.PANEL_BUY), "panel", "1");
        String embed = bot.stores.tickets.findOpenOf(BUYER).orElseThrow().embedMessageId();

        BotDriver.Answer locked = driver.slash(ADMIN, NO_ROLES, "lockdown set", "feature", "gcash", "state", "locked",
                "reason", "provider outage");

        assertThat(locked.text()).contains("gcash is now locked down").contains("provider outage");
        String gcash = ComponentId.of(ComponentAction.PAY_METHOD, "weekly", "gcash").encode();
        assertThat(BotDriver.buttons(discord.message(embed).reply())).filteredOn(b -> gcash.equals(b.getCustomId()))
                .singleElement().satisfies(b -> assertThat(b.isDisabled()).isTrue());
        assertThat(driver.slash(ADMIN, NO_ROLES, "lockdown status").all()).contains("gcash: locked (provider outage");

        driver.slash(ADMIN, NO_ROLES, "lockdown set", "feature", "gcash", "state", "open");
        assertThat(BotDriver.buttons(discord.message(embed).reply())).filteredOn(b -> gcash.equals(b.getCustomId()))
                .singleElement().satisfies(b -> assertThat(b.isDisabled()).isFalse());
    }

    @Test
    void auditShowsRecentEventsAndExportsThemAsCsv() throws IOException {
        driver.slash(ADMIN, NO_ROLES, "lockdown set", "feature", "imports", "state", "locked", "reason", "audit test");

        BotDriver.Answer recent = driver.slash(ADMIN, NO_ROLES, "audit recent", "action", "lockdown_changed");
        assertThat(recent.all()).contains("lockdown_changed").contains("<@1000>");

        BotDriver.Answer export = driver.click(ADMIN, NO_ROLES,
                BotDriver.button(recent.buttons(), ComponentAction.AUDIT_EXPORT).getCustomId(), "c", "m");
        List<List<String>> rows = csv(file(export, "audit.csv"));
        assertThat(rows.get(0)).containsExactly("id", "at", "actor", "action", "subject", "details");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allMatch(r -> r.get(3).equals("lockdown_changed"));
    }

    @Test
    void anImportTypedAtTheConsoleShowsAsTheConsoleWithItsOsUser() throws IOException {
        bot.inventory.importKeys(new org.awpt.application.inventory.ImportKeys(
                org.awpt.domain.access.Requester.atConsole(new org.awpt.domain.ConsoleOperator("alice_ops")),
                org.awpt.domain.license.LicenseTypeCode.WEEKLY,
                (org.awpt.application.fake.TestKeys.code(77).value() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        BotDriver.Answer recent = driver.slash(ADMIN, NO_ROLES, "audit recent", "action", "keys_imported");
        // Escaped as every echoed text is: Discord shows alice\_ops as alice_ops.
        assertThat(recent.all()).contains("keys_imported").contains("console (alice\\_ops)").doesNotContain("<@");

        BotDriver.Answer export = driver.click(ADMIN, NO_ROLES,
                BotDriver.button(recent.buttons(), ComponentAction.AUDIT_EXPORT).getCustomId(), "c", "m");
        List<List<String>> rows = csv(file(export, "audit.csv"));
        assertThat(rows.subList(1, rows.size())).singleElement().satisfies(row ->
                assertThat(row.get(2)).isEqualTo("console:alice_ops"));
    }

    @Test
    void anAdminSeesAndResetsABuyersCooldownAndTheResetIsAudited() {
        org.awpt.domain.access.CooldownAction verify = org.awpt.domain.access.CooldownAction.ROBUX_VERIFICATION;
        for (int i = 0; i < 3; i++) {
            bot.stores.cooldowns.save(bot.stores.cooldowns.find(BUYER, verify)
                    .orElse(org.awpt.domain.access.Cooldown.fresh(BUYER, verify))
                    .afterFailure(bot.settings.cooldownRule(verify), bot.stores.clock.instant()));
        }
        SlashCommandInteractionEvent status = MockEvents.slash(ADMIN.value(), NO_ROLES, "cooldown status");
        MockEvents.userOption(status, "user", BUYER.value());

        assertThat(driver.slash(status).all()).contains("robux_verification: 3 failures in a row, waiting until")
                .contains("open_ticket: 0 failures in a row, may try now");

        SlashCommandInteractionEvent reset = MockEvents.slash(ADMIN.value(), NO_ROLES, "cooldown reset");
        MockEvents.userOption(reset, "user", BUYER.value());
        assertThat(driver.slash(reset).text()).contains("Cleared the cooldowns of <@" + BUYER + ">: robux_verification");
        assertThat(bot.stores.audit.ofAction(org.awpt.domain.audit.AuditAction.COOLDOWN_RESET)).singleElement()
                .satisfies(event -> assertThat(event.actor()).isEqualTo(ADMIN));
        SlashCommandInteractionEvent again = MockEvents.slash(ADMIN.value(), NO_ROLES, "cooldown status");
        MockEvents.userOption(again, "user", BUYER.value());
        assertThat(driver.slash(again).all()).contains("robux_verification: 0 failures in a row, may try now");
    }

    @Test
    void anUnknownAuditActionIsRefused() {
        assertThat(driver.slash(ADMIN, NO_ROLES, "audit recent", "action", "nonsense").text())
                .startsWith("That does not look right: action");
    }

    // ---- Unauthorized users on every admin command and button ----

    @Test
    void aBuyerIsRefusedOnEveryAdminCommandAndButton() {
        String refused = bot.messages.get("error.not_authorized");
        List<BotDriver.Answer> answers = new ArrayList<>();
        SlashCommandInteractionEvent importing = MockEvents.slash(BUYER.value(), NO_ROLES, "license import", "type",
                "weekly");
        discord.serve("https://cdn.example/k.txt", TestKeys.code(900).value().getBytes(StandardCharsets.UTF_8));
        MockEvents.attach(importing, "file", "https://cdn.example/k.txt", 32);
        answers.add(driver.slash(importing));
        answers.add(driver.slash(BUYER, NO_ROLES, "license view", "view_type", "statistics"));
        answers.add(driver.slash(BUYER, NO_ROLES, "license view", "view_type", "transactions"));
        answers.add(driver.slash(BUYER, NO_ROLES, "license view", "view_type", "keys"));
        answers.add(driver.slash(BUYER, NO_ROLES, "license search", "search_key", "abcd"));
        answers.add(driver.slash(BUYER, NO_ROLES, "license revoke", "key", allCodes().get(0), "reason", "x"));
        SlashCommandInteractionEvent lookup = MockEvents.slash(BUYER.value(), NO_ROLES, "license lookup");
        MockEvents.userOption(lookup, "user", ADMIN.value());
        answers.add(driver.slash(lookup));
        answers.add(driver.slash(BUYER, NO_ROLES, "requestkeys", "type", "weekly", "quantity", "1"));
        answers.add(driver.slash(BUYER, NO_ROLES, "lockdown set", "feature", "gcash", "state", "locked"));
        answers.add(driver.slash(BUYER, NO_ROLES, "lockdown status"));
        answers.add(driver.slash(BUYER, NO_ROLES, "audit recent"));
        answers.add(driver.slash(BUYER, NO_ROLES, "panel"));
        SlashCommandInteractionEvent cooldownStatus = MockEvents.slash(BUYER.value(), NO_ROLES, "cooldown status");
        MockEvents.userOption(cooldownStatus, "user", ADMIN.value());
        answers.add(driver.slash(cooldownStatus));
        SlashCommandInteractionEvent cooldownReset = MockEvents.slash(BUYER.value(), NO_ROLES, "cooldown reset");
        MockEvents.userOption(cooldownReset, "user", BUYER.value());
        answers.add(driver.slash(cooldownReset));
        answers.add(driver.slash(SUPPORT, SUPPORT_ROLES, "license view", "view_type", "statistics"));
        answers.add(driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.STATS_VIEW), "c", "m"));
        answers.add(driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.STATS_EXPORT), "c", "m"));
        answers.add(driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.TRANSACTIONS, "7", "bar"), "c", "m"));
        answers.add(driver.submit(BUYER, NO_ROLES, ComponentId.of(ComponentAction.TX_RANGE_MODAL, "bar").encode(), "c",
                List.of(), AdminViews.RANGE_FROM, "2025-12-01", AdminViews.RANGE_TO, "2025-12-10"));
        answers.add(driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.KEYS_PAGE, "all", "all", "n1"), "c", "m"));
        answers.add(driver.submit(BUYER, NO_ROLES, ComponentId.of(ComponentAction.SEARCH_MODAL).encode(), "c", List.of(),
                LicenseCommand.FRAGMENT, "abcd"));
        answers.add(driver.click(BUYER, NO_ROLES, ComponentId.of(ComponentAction.AUDIT_EXPORT, "all", "all"), "c", "m"));

        assertThat(answers).allSatisfy(a -> assertThat(a.text()).isEqualTo(refused));
        assertThat(answers).noneMatch(a -> a.edits().stream().anyMatch(e -> !e.getAttachments().isEmpty()));
        assertThat(bot.stores.keys.count(org.awpt.application.port.KeyFilter.ALL)).isEqualTo(37);
        assertThat(bot.stores.lockdowns.all()).isEmpty();
    }

    @Test
    void aBuyerCannotDecideAKeyRequest() {
        driver.slash(SUPPORT, SUPPORT_ROLES, "requestkeys", "type", "weekly", "quantity", "1");
        FakeDiscordOps.Posted notice = discord.in(ADMIN_CHANNEL).stream()
                .filter(m -> !BotDriver.buttons(m.reply()).isEmpty()).findFirst().orElseThrow();

        BotDriver.Answer answer = driver.click(SUPPORT, SUPPORT_ROLES,
                BotDriver.button(BotDriver.buttons(notice.reply()), ComponentAction.REQUEST_APPROVE).getCustomId(),
                notice.channelId(), notice.messageId());

        assertThat(answer.text()).isEqualTo(bot.messages.get("error.not_authorized"));
        assertThat(answer.edited()).isFalse();
    }
}
