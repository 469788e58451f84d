package org.awpt.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.awpt.adapters.discord.runtime.DiscordSettings;
import org.awpt.adapters.discord.runtime.ErrorNoticeTarget;
import org.awpt.adapters.discord.text.Languages;
import org.awpt.adapters.sqlite.SqliteSynchronous;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.retention.RetentionPolicy;
import org.awpt.application.shared.RateLimit;
import org.awpt.application.shared.ShopLimits;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.ticket.TicketPolicy;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.CooldownRule;
import org.awpt.domain.access.Requester;
import org.awpt.domain.access.Role;
import org.awpt.domain.license.KeyFormat;
import org.awpt.domain.license.KeyFormats;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.pricing.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final String TOKEN = "MTE5ODc2NTQzMjEwOTg3NjU0.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";
    private static final Path EXAMPLE = Path.of("..", "config.example.json");

    @TempDir
    Path dir;

    private AwptConfig load(Map<String, String> env) {
        return new ConfigLoader(env, dir).load();
    }

    private AwptConfig loadJson(String json, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("config.json"), json);
        return load(env);
    }

    private List<ConfigProblem> problemsOf(String json, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("config.json"), json);
        return catchThrowableOfType(ConfigException.class, () -> load(env)).problems();
    }

    @Test
    void withNoFileAndNoVariablesTheShopRunsOnTheSpecificationsDefaultsAndSqlite() {
        AwptConfig config = load(Map.of());

        assertThat(config.discord().token()).isEmpty();
        assertThat(config.database().sqlite()).isTrue();
        assertThat(config.database().dataDir()).isEqualTo(dir.resolve("data"));
        assertThat(config.database().databaseName()).isEqualTo("awpt");
        assertThat(config.health()).isEqualTo(new HealthConfig(true, 8081));
        assertThat(config.logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(config.roblox()).isEqualTo(RobloxConfig.defaults());
        ShopSettings defaults = ShopSettings.defaults(new AccessPolicy(null, null, null, null));
        assertThat(config.shop().types().all()).isEqualTo(defaults.types().all());
        assertThat(config.shop().prices().pricesOf(LicenseTypeCode.WEEKLY))
                .isEqualTo(defaults.prices().pricesOf(LicenseTypeCode.WEEKLY));
        assertThat(config.shop().methods().all()).isEmpty();
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void theExampleFileHoldsTheSpecificationsValues() throws IOException {
        AwptConfig config = loadJson(Files.readString(EXAMPLE), Map.of());
        ShopSettings shop = config.shop();

        assertThat(shop.types().all()).containsExactly(LicenseType.weekly(), LicenseType.monthly());
        assertThat(shop.prices().pricesOf(LicenseTypeCode.WEEKLY)).containsExactly(
                Money.of("2400", Money.ROBUX), Money.of("6.99", "USD"), Money.of("420", "PHP"));
        assertThat(shop.prices().pricesOf(LicenseTypeCode.MONTHLY)).containsExactly(
                Money.of("8600", Money.ROBUX), Money.of("24.99", "USD"), Money.of("1300", "PHP"));
        assertThat(shop.methods().all()).extracting(PaymentMethod::code)
                .containsExactly("robux", "paypal", "international", "cashapp", "applepay", "gcash");
        assertThat(shop.methods().require("cashapp").details()).isEqualTo("$den7i");
        assertThat(shop.methods().require("applepay").details()).isEqualTo("6892412574");
        assertThat(shop.methods().require("gcash").details()).isEqualTo("09356040108");
        assertThat(shop.methods().require("paypal").linkFor(LicenseTypeCode.MONTHLY))
                .contains("https://buyawp.sellpass.io/products/monthly");
        for (PaymentMethod method : shop.methods().all()) {
            PaymentMethod spec = org.awpt.application.fake.ExampleShop.methods().require(method.code());
            assertThat(method.kind()).isEqualTo(spec.kind());
            assertThat(method.links()).isEqualTo(spec.links());
            assertThat(method.details()).isEqualTo(spec.details());
        }
        assertThat(shop.gamePasses().all()).isEqualTo(org.awpt.application.fake.ExampleShop.gamePasses().all());
        assertThat(shop.thresholds().critical()).isEqualTo(1);
        assertThat(shop.thresholds().low()).isEqualTo(10);
        assertThat(shop.buyerPolicy().blockedRobloxAccounts()).containsExactly(new RobloxUserId(2425307148L));
        assertThat(shop.buyerPolicy().renewalWindow()).isEqualTo(Duration.ofDays(2));
        assertThat(shop.sessionExpiry()).isEqualTo(Duration.ofHours(24));
        assertThat(shop.proofPolicy().maxBytes()).isEqualTo(8L * 1024 * 1024);
        assertThat(shop.importLimits().maxLines()).isEqualTo(100_000);
        assertThat(shop.keyFormats().of(LicenseTypeCode.WEEKLY)).isEqualTo(KeyFormat.original());
        assertThat(shop.keyFormats().of(LicenseTypeCode.MONTHLY)).isEqualTo(KeyFormat.original());
        assertThat(shop.cooldownRule(CooldownAction.ROBUX_VERIFICATION)).isEqualTo(CooldownRule.defaults());
        assertThat(shop.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.database().sqlite()).isTrue();
        assertThat(config.discord().expiryReminder()).isEqualTo(Duration.ofDays(2));
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void withoutPaymentSettingsTheShopOffersNoOneElsesHandles() throws IOException {
        AwptConfig config = loadJson("{ \"token\": \"%s\" }".formatted(TOKEN), Map.of());

        assertThat(config.shop().methods().all()).isEmpty();
        assertThat(config.shop().gamePasses().all()).isEmpty();
        assertThat(new org.awpt.application.purchase.PaymentSetup(config.shop()).takesNoPayment()).isTrue();
        assertThat(config.toString()).doesNotContain("den7i").doesNotContain("1022970504");
    }

    @Test
    void aSalesChannelTakesTheSalesFeedFromTheAdminChannel() throws IOException {
        AwptConfig config = loadJson("""
                {
                  "adminChannelId": "500000000000000002",
                  "salesChannelId": "500000000000000003"
                }
                """, Map.of());
        AwptConfig fromEnvironment = loadJson("{}", Map.of("AWPT_SALES_CHANNEL_ID", "500000000000000004"));

        assertThat(config.discord().salesFeedChannel()).contains("500000000000000003");
        assertThat(config.warnings()).isEmpty();
        assertThat(fromEnvironment.discord().salesFeedChannel()).contains("500000000000000004");
        assertThat(loadJson("{}", Map.of()).discord().salesFeedChannel()).as("nowhere: sales are logged").isEmpty();
    }

    @Test
    void errorNoticesGoToAChannelOrAWebhookEveryIntervalAtMostAndTheWebhookIsNeverShown() throws IOException {
        String webhook = "https://discord.com/api/webhooks/500000000000000009/" + TOKEN.replace('.', '_');
        AwptConfig channel = loadJson("""
                { "errorNotices": { "channelId": "500000000000000005", "interval": "30m" } }
                """, Map.of());
        AwptConfig hooked = loadJson("{}", Map.of("AWPT_ERROR_WEBHOOK_URL", webhook));

        assertThat(AdapterSettings.errorNotices(channel.discord()))
                .contains(new ErrorNoticeTarget.Channel("500000000000000005"));
        assertThat(channel.discord().errorNotices().interval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(AdapterSettings.errorNotices(hooked.discord())).contains(new ErrorNoticeTarget.Webhook(webhook));
        assertThat(hooked.discord().errorNotices().interval()).isEqualTo(ErrorNoticesConfig.DEFAULT_INTERVAL);
        assertThat(hooked.discord().toString()).doesNotContain(webhook).doesNotContain("500000000000000009");
        assertThat(AdapterSettings.errorNotices(loadJson("{}", Map.of()).discord())).as("logged only").isEmpty();
    }

    @Test
    void aWrongErrorNoticeSettingIsRefusedWithoutQuotingIt() throws IOException {
        List<ConfigProblem> problems = problemsOf("""
                { "errorNotices": { "channelId": "500000000000000005", "interval": "30s",
                  "webhookUrl": "https://discord.com/api/webhooks/1/secret-token" } }
                """, Map.of());
        List<ConfigProblem> wrongAddress = problemsOf("""
                { "errorNotices": { "webhookUrl": "https://example.com/hook/secret-token" } }
                """, Map.of());

        assertThat(problems).extracting(ConfigProblem::toString).containsExactlyInAnyOrder(
                "errorNotices.webhookUrl: only one of errorNotices.channelId and errorNotices.webhookUrl",
                "errorNotices.interval: a duration of at least 1m, such as \"10m\"");
        assertThat(wrongAddress).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("errorNotices.webhookUrl");
            assertThat(problem.toString()).contains("https://discord.com/api/webhooks/<id>/<token>")
                    .doesNotContain("secret-token").doesNotContain("example.com");
        });
    }

    @Test
    void theOriginalBotsConfigFileIsReadAsIs() throws IOException {
        AwptConfig config = loadJson("""
                {
                  "token": "%s",
                  "clientId": "1198765432109876540",
                  "guildId": "1100000000000000001",
                  "mongoURI": "mongodb://shop:s3cret@db.example.com:27017/licenses?authSource=admin",
                  "allowedUserIds": ["300000000000000001", "300000000000000002"],
                  "adminRoleId": "400000000000000001",
                  "supportRoleId": "400000000000000002",
                  "ticketCategoryId": "500000000000000001",
                  "adminChannelId": "500000000000000002",
                  "someOtherFeatureOfTheOldBot": { "enabled": true },
                  "_note": "a key starting with _ is a comment"
                }
                """.formatted(TOKEN), Map.of());

        assertThat(config.discord().token()).map(Secret::reveal).contains(TOKEN);
        assertThat(config.discord().clientId()).contains("1198765432109876540");
        assertThat(config.discord().guildIds()).containsExactly("1100000000000000001");
        assertThat(config.discord().ticketCategoryId()).contains("500000000000000001");
        assertThat(config.discord().adminChannelId()).contains("500000000000000002");
        assertThat(config.discord().salesFeedChannel()).as("sales go to the admin channel").contains("500000000000000002");
        assertThat(config.database().sqlite()).isFalse();
        assertThat(config.database().databaseName()).isEqualTo("licenses");
        AccessPolicy access = config.shop().access();
        assertThat(access.resolve(Requester.of(new DiscordUserId(300000000000000002L))).roles()).contains(Role.ADMIN);
        assertThat(access.resolve(new Requester(new DiscordUserId(7), java.util.Set.of("400000000000000001")))
                .roles()).contains(Role.ADMIN);
        assertThat(access.resolve(new Requester(new DiscordUserId(7), java.util.Set.of("400000000000000002")))
                .roles()).contains(Role.SUPPORT).doesNotContain(Role.ADMIN);
        assertThat(config.warnings()).containsExactly(
                "unknown configuration key someOtherFeatureOfTheOldBot ignored");
    }

    @Test
    void everyConfiguredAdminAndSupportRoleAndEveryStaffUserIdSeesTicketChannels() throws IOException {
        AwptConfig config = loadJson("""
                { "token": "%s", "guildIds": ["5"], "allowedUserIds": ["11", "12"], "supportUserIds": ["13"],
                  "adminRoleIds": ["31", "32"], "supportRoleIds": ["41", "42", "43"] }
                """.formatted(TOKEN), Map.of());

        DiscordSettings discord = AdapterSettings.discord(config);

        assertThat(discord.ticketRoleIds()).containsExactlyInAnyOrder(31L, 32L, 41L, 42L, 43L);
        assertThat(discord.ticketUserIds()).containsExactlyInAnyOrder(11L, 12L, 13L);
    }

    @Test
    void theShopSpeaksEnglishUnlessItsLocaleNamesAnotherShippedLanguage() throws IOException {
        assertThat(loadJson("{ \"token\": \"%s\" }".formatted(TOKEN), Map.of()).discord().locale())
                .isEqualTo(Locale.ENGLISH);
        AwptConfig filipino = loadJson("""
                { "token": "%s", "shop": { "locale": "fil" } }
                """.formatted(TOKEN), Map.of());
        assertThat(filipino.discord().locale()).isEqualTo(Languages.FILIPINO);
        assertThat(AdapterSettings.discord(filipino).locale()).isEqualTo(Languages.FILIPINO);
        assertThat(filipino.warnings()).isEmpty();
        assertThat(loadJson("{ \"shop\": { \"locale\": \"en-GB\" } }", Map.of("AWPT_LOCALE", "fil-PH"))
                .discord().locale()).isEqualTo(Languages.FILIPINO);
    }

    @Test
    void aLocaleWithoutMessagesIsRefusedNamingTheLanguagesThatHaveThem() {
        ConfigException refused = catchThrowableOfType(ConfigException.class, () -> loadJson("""
                { "shop": { "locale": "de" } }
                """, Map.of()));
        assertThat(refused.problems()).singleElement().asString().startsWith("shop.locale: ")
                .contains("en (English), fil (Filipino)").contains("docs/configuration.md");
    }

    @Test
    void environmentVariablesWinOverTheFile() throws IOException {
        Path other = dir.resolve("elsewhere.json");
        Files.writeString(other, """
                { "token": "file.token.value-that-is-long", "mongodbUri": "mongodb://file-host/filedb",
                  "allowedUserIds": ["1"], "health": { "port": 9000 }, "shop": { "timeZone": "UTC" } }
                """);
        Map<String, String> env = new HashMap<>();
        env.put("AWPT_CONFIG", "elsewhere.json");
        env.put("AWPT_DISCORD_TOKEN", TOKEN);
        env.put("AWPT_MONGODB_URI", "mongodb+srv://env-host/envdb");
        env.put("AWPT_ADMIN_USER_IDS", " 11, 12 ,");
        env.put("AWPT_HEALTH_PORT", "9100");
        env.put("AWPT_HEALTH_ENABLED", "FALSE");
        env.put("AWPT_DATA_DIR", "/var/lib/awpt");
        env.put("AWPT_TIME_ZONE", "Asia/Manila");
        env.put("AWPT_LOG_FORMAT", "json");
        env.put("AWPT_GUILD_IDS", "21,22");

        AwptConfig config = load(env);

        assertThat(config.discord().token()).map(Secret::reveal).contains(TOKEN);
        assertThat(config.database().uri()).map(MongoUri::value).contains("mongodb+srv://env-host/envdb");
        assertThat(config.database().databaseName()).isEqualTo("envdb");
        assertThat(config.database().dataDir()).isEqualTo(Path.of("/var/lib/awpt"));
        assertThat(config.shop().access().adminUserIds())
                .containsExactlyInAnyOrder(new DiscordUserId(11), new DiscordUserId(12));
        assertThat(config.health()).isEqualTo(new HealthConfig(false, 9100));
        assertThat(config.shop().zone()).isEqualTo(ZoneId.of("Asia/Manila"));
        assertThat(config.logFormat()).isEqualTo(LogFormat.JSON);
        assertThat(config.discord().guildIds()).containsExactly("21", "22");
    }

    @Test
    void theDataFolderComesFromTheCommandLineThenTheEnvironmentThenTheFile() throws IOException {
        Files.writeString(dir.resolve("config.json"), "{ \"dataDir\": \"from-file\" }");
        Map<String, String> env = Map.of("AWPT_DATA_DIR", "from-env");
        ConfigLoader loader = new ConfigLoader(env, dir);

        assertThat(loader.load(Optional.empty(), Optional.of(Path.of("from-option"))).database().dataDir())
                .isEqualTo(dir.resolve("from-option"));
        assertThat(loader.load().database().dataDir()).isEqualTo(dir.resolve("from-env"));
        assertThat(new ConfigLoader(Map.of(), dir).load().database().dataDir()).isEqualTo(dir.resolve("from-file"));
        assertThat(new ConfigLoader(Map.of(), dir).load(Optional.empty(), Optional.of(Path.of("/srv/shop")))
                .database().dataDir()).isEqualTo(Path.of("/srv/shop"));
    }

    @Test
    void sqliteSyncsEveryCommitUnlessToldNormal() throws IOException {
        assertThat(load(Map.of()).database().synchronous()).isEqualTo(SqliteSynchronous.FULL);
        assertThat(loadJson("{ \"sqlite\": { \"synchronous\": \"normal\" } }", Map.of()).database().synchronous())
                .isEqualTo(SqliteSynchronous.NORMAL);
        assertThat(load(Map.of("AWPT_SQLITE_SYNCHRONOUS", "FULL")).database().synchronous())
                .isEqualTo(SqliteSynchronous.FULL);
        assertThat(problemsOf("{ \"sqlite\": { \"synchronous\": \"OFF\" } }", Map.of()))
                .extracting(ConfigProblem::toString).containsExactly("sqlite.synchronous: FULL or NORMAL");
    }

    @Test
    void aMongoDbUriNamingNoDatabaseUsesAwptAndSaysNothingWasNamed() throws IOException {
        DatabaseConfig database = loadJson("{ \"mongoURI\": \"mongodb://db.example.com:27017\" }", Map.of())
                .database();

        assertThat(database.sqlite()).isFalse();
        assertThat(database.namedDatabase()).isEmpty();
        assertThat(database.databaseName()).isEqualTo("awpt");
        assertThat(database.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPathAndWhatIsExpected() throws IOException {
        List<ConfigProblem> problems = problemsOf("""
                {
                  "token": "not a token",
                  "clientId": "12ab",
                  "guildIds": ["1", -5],
                  "mongoURI": "postgres://db",
                  "mongodbUri": "mongodb://db",
                  "mongoDatabase": "bad name!",
                  "allowedUserIds": "300000000000000001",
                  "registerCommandsGlobally": "yes",
                  "discordApiBaseUrl": "discord.com",
                  "expiryReminder": "0s",
                  "shop": {
                    "timeZone": "Mars/Olympus",
                    "licenseTypes": [
                      { "code": "weekly", "displayName": "Weekly", "validityDays": 7 },
                      { "code": "weekly", "displayName": "Again", "validityDays": 7 },
                      { "code": "Lifetime!", "displayName": "", "validityDays": 0 }
                    ],
                    "prices": {
                      "weekly": { "usd": 6.99, "PHP": -1, "ROBUX": "lots" },
                      "yearly": { "USD": 99 }
                    },
                    "paymentMethods": [
                      { "code": "robux", "name": "Robux", "kind": "robux", "links": { "weekly": "ftp://x" } },
                      { "code": "paypal", "name": "PayPal", "kind": "storefront", "links": {} },
                      { "code": "Cash App", "name": "CashApp", "kind": "wire" }
                    ],
                    "gamepasses": { "weekly": { "id": "abc" } },
                    "stock": { "criticalThreshold": 5, "lowThreshold": 2 },
                    "blockedRobloxIds": ["x"],
                    "renewalWindow": "-1d",
                    "sessionExpiry": 24,
                    "proofMaxBytes": 0,
                    "import": { "maxBytes": 1.5, "maxLines": -1 },
                    "cooldowns": {
                      "Robux Verification": { "base": "1m", "max": "1h" },
                      "manual_payment": { "freeFailures": -1, "base": "1h", "max": "1m" }
                    }
                  },
                  "roblox": { "usersBaseUrl": "users.roblox.com", "readTimeout": "0s", "maxRetries": 99 },
                  "health": { "port": 70000 },
                  "logging": { "format": "xml" }
                }
                """, Map.of("AWPT_HEALTH_ENABLED", "maybe"));

        assertThat(problems).extracting(ConfigProblem::path).containsExactlyInAnyOrder(
                "allowedUserIds",
                "shop.timeZone",
                "shop.licenseTypes[1].code",
                "shop.licenseTypes[2].code",
                "shop.licenseTypes[2].displayName",
                "shop.licenseTypes[2].validityDays",
                "shop.prices.weekly.usd",
                "shop.prices.weekly.PHP",
                "shop.prices.weekly.ROBUX",
                "shop.prices.yearly",
                "shop.prices.weekly",
                "shop.paymentMethods[0].links.weekly",
                "shop.paymentMethods[1].links.weekly",
                "shop.paymentMethods[2].code",
                "shop.paymentMethods[2].kind",
                "shop.gamepasses.weekly.id",
                "shop.gamepasses.weekly.url",
                "shop.stock.lowThreshold",
                "shop.blockedRobloxIds[0]",
                "shop.renewalWindow",
                "shop.sessionExpiry",
                "shop.proofMaxBytes",
                "shop.import.maxBytes",
                "shop.import.maxLines",
                "shop.cooldowns.Robux Verification",
                "shop.cooldowns.manual_payment.freeFailures",
                "shop.cooldowns.manual_payment.max",
                "token",
                "clientId",
                "guildIds[1]",
                "registerCommandsGlobally",
                "discordApiBaseUrl",
                "expiryReminder",
                "mongodbUri",
                "mongoURI",
                "mongoDatabase",
                "roblox.usersBaseUrl",
                "roblox.readTimeout",
                "roblox.maxRetries",
                "health.enabled",
                "health.port",
                "logging.format");
        assertThat(problems).filteredOn(p -> p.path().equals("health.enabled"))
                .singleElement().extracting(ConfigProblem::source).isEqualTo("AWPT_HEALTH_ENABLED");
        assertThat(problems).filteredOn(p -> p.path().equals("shop.prices.yearly")).singleElement()
                .extracting(ConfigProblem::expected).asString().contains("[weekly]");
        assertThat(problems).filteredOn(p -> p.path().equals("shop.sessionExpiry")).singleElement()
                .extracting(ConfigProblem::expected).asString().contains("\"24h\"");
    }

    /** A shop of {@code types} license types, each priced, sold by {@code methods} manual methods. */
    private static String shopOf(int types, int methods) {
        List<String> typeList = new java.util.ArrayList<>();
        List<String> prices = new java.util.ArrayList<>();
        for (int i = 0; i < types; i++) {
            typeList.add("{ \"code\": \"type" + i + "\", \"displayName\": \"Type " + i + "\", \"validityDays\": 7 }");
            prices.add("\"type" + i + "\": { \"USD\": 5 }");
        }
        List<String> methodList = new java.util.ArrayList<>();
        for (int i = 0; i < methods; i++) {
            methodList.add("{ \"code\": \"m" + i + "\", \"name\": \"Method " + i
                    + "\", \"kind\": \"manual\", \"details\": \"pay " + i + "\" }");
        }
        return "{ \"shop\": { \"licenseTypes\": [" + String.join(",", typeList) + "], \"prices\": { "
                + String.join(",", prices) + " }, \"paymentMethods\": [" + String.join(",", methodList) + "] } }";
    }

    @Test
    void tooManyLicenseTypesAreRefusedAtConfigLoadNamingTheLimit() throws IOException {
        assertThat(loadJson(shopOf(25, 6), Map.of()).shop().types().all()).hasSize(25);

        List<ConfigProblem> problems = problemsOf(shopOf(26, 6), Map.of());

        assertThat(problems).extracting(ConfigProblem::toString).containsExactly(
                "shop.licenseTypes: at most 25 license types (found 26): buyers pick a type from a Discord select"
                        + " menu, which holds 25 options");
    }

    @Test
    void moreMethodsForATypeThanOneMessageHoldsAreRefusedAtConfigLoadNamingTheLimit() throws IOException {
        assertThat(loadJson(shopOf(1, 25), Map.of()).shop().methods().all()).hasSize(25);

        List<ConfigProblem> problems = problemsOf(shopOf(1, 26), Map.of());

        assertThat(problems).extracting(ConfigProblem::toString).containsExactly(
                "shop.paymentMethods: at most 25 payment methods for license type type0 (found 26): its methods are"
                        + " buttons of one Discord message, which holds 5 rows of 5");
    }

    @Test
    void aTextWhereAnObjectIsExpectedAndMissingRequiredPartsAreReported() throws IOException {
        List<ConfigProblem> problems = problemsOf("""
                { "shop": { "licenseTypes": [ {} ], "paymentMethods": [], "stock": 3, "prices": { "weekly": {} } },
                  "roblox": [], "health": { "enabled": 1 } }
                """, Map.of());

        assertThat(problems).extracting(ConfigProblem::toString).containsExactlyInAnyOrder(
                "shop.licenseTypes[0].code: a license type code: 1-32 of a-z, 0-9, _ or -",
                "shop.licenseTypes[0].displayName: a display name of 1-64 characters",
                "shop.licenseTypes[0].validityDays: the days a key stays valid, 1 to 3650",
                "shop.paymentMethods: at least one payment method",
                "shop.stock: an object { ... }",
                "shop.prices.weekly: at least one price for license type weekly, such as { \"ROBUX\": 2400, \"USD\": 6.99 }",
                "shop.prices.monthly: at least one price for license type monthly, such as { \"ROBUX\": 2400, \"USD\": 6.99 }",
                "roblox: an object { ... }",
                "health.enabled: true or false");
    }

    @Test
    void aFileThatIsNotJsonIsReportedByPlaceWithoutQuotingIt() throws IOException {
        List<ConfigProblem> problems = problemsOf("{\n  \"token\": MTE5secretTokenWithoutQuotes\n}", Map.of());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).endsWith("config.json");
            assertThat(p.expected()).startsWith("valid JSON; it breaks at line 2");
            assertThat(p.toString()).doesNotContain("secretToken");
        });
    }

    @Test
    void aFileThatIsAListOrMissingWhenNamedIsReported() throws IOException {
        assertThat(problemsOf("[1, 2]", Map.of())).singleElement().extracting(ConfigProblem::expected)
                .isEqualTo("a JSON object { ... } at the top of the file");

        ConfigException missing = catchThrowableOfType(ConfigException.class,
                () -> new ConfigLoader(Map.of(), dir).load(Optional.of(Path.of("nope.json"))));
        assertThat(missing.problems()).singleElement().extracting(ConfigProblem::expected)
                .isEqualTo("an existing JSON file (named by --config)");
        assertThat(missing).hasMessageStartingWith("The configuration has 1 problem:");
    }

    @Test
    void secretsAreNeverEchoed() throws IOException {
        String badToken = "Bot hunter2-secret-token";
        ConfigException bad = catchThrowableOfType(ConfigException.class, () -> loadJson(
                "{ \"token\": \"" + badToken + "\", \"mongoURI\": \"mongodb://u:pa55word@host:27017/db\","
                        + " \"health\": { \"port\": \"x\" } }", Map.of()));
        assertThat(bad.getMessage()).doesNotContain("hunter2").contains("token: a Discord bot token");

        AwptConfig config = loadJson("{ \"token\": \"" + TOKEN + "\","
                + " \"mongoURI\": \"mongodb://u:pa55word@host:27017/db\" }", Map.of());
        assertThat(config.toString()).doesNotContain(TOKEN).doesNotContain("pa55word");
        assertThat(config.database().describe()).contains("mongodb://u:****@host:27017/db").doesNotContain("pa55word");
        assertThat(config.discord().token().orElseThrow().toString()).isEqualTo("********");
        assertThat(new MongoUri("mongodb://host/db").masked()).isEqualTo("mongodb://host/db");
    }

    @Test
    void aShopCanAddALicenseTypeAndDurationsComeInSeveralForms() throws IOException {
        AwptConfig config = loadJson("""
                { "shop": {
                    "licenseTypes": [ { "code": "daily", "displayName": "Daily", "validityDays": 1 } ],
                    "prices": { "daily": { "USD": 1.5 } },
                    "paymentMethods": [ { "code": "gcash", "name": "GCash", "kind": "manual", "details": "0917" } ],
                    "gamepasses": {},
                    "sessionExpiry": "PT90M",
                    "renewalWindow": "0d",
                    "cooldowns": { "open_ticket": { "freeFailures": 0, "base": "500ms", "max": "15m" } },
                    "blockedRobloxIds": []
                } }
                """, Map.of());

        assertThat(config.shop().types().require("daily").validity()).isEqualTo(Duration.ofDays(1));
        assertThat(config.shop().prices().priceOf(new LicenseTypeCode("daily"), "USD"))
                .contains(new Money(new BigDecimal("1.5"), "USD"));
        assertThat(config.shop().sessionExpiry()).isEqualTo(Duration.ofMinutes(90));
        assertThat(config.shop().buyerPolicy().renewalWindow()).isZero();
        assertThat(config.shop().buyerPolicy().blockedRobloxAccounts()).isEmpty();
        assertThat(config.shop().cooldownRule(CooldownAction.OPEN_TICKET))
                .isEqualTo(new CooldownRule(0, Duration.ofMillis(500), Duration.ofMinutes(15)));
        assertThatThrownBy(() -> loadJson("{ \"shop\": { \"proofMaxBytes\": 104857601 } }", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("shop.proofMaxBytes: a whole number from 1");
    }

    @Test
    void limitsAreReadAndRobloxBudgetsMustFitOneVerification() throws IOException {
        AwptConfig config = loadJson("""
                { "shop": { "limits": { "robloxCallsPerBuyer": { "calls": 4, "per": "1h" } } } }
                """, Map.of());

        assertThat(config.shop().limits().robloxCallsPerBuyer()).isEqualTo(new RateLimit(4, Duration.ofHours(1)));
        assertThat(config.shop().limits().robloxCallsPerShop()).isEqualTo(ShopLimits.defaults().robloxCallsPerShop());
        assertThat(config.shop().limits().keysPendingPerRequester()).isEqualTo(20);
        assertThat(config.shop().limits().keysPerRequesterPerDay()).isEqualTo(50);
        ShopLimits caps = loadJson("""
                { "shop": { "limits": { "keysPendingPerRequester": 5, "keysPerRequesterPerDay": 12 } } }
                """, Map.of()).shop().limits();
        assertThat(caps.keysPendingPerRequester()).isEqualTo(5);
        assertThat(caps.keysPerRequesterPerDay()).isEqualTo(12);
        assertThatThrownBy(() -> loadJson("""
                { "shop": { "limits": { "keysPendingPerRequester": 0, "keysPerRequesterPerDay": "many" } } }
                """, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("shop.limits.keysPendingPerRequester: a whole number from 1 to 1000000")
                .hasMessageContaining("shop.limits.keysPerRequesterPerDay");
        assertThatThrownBy(() -> loadJson("""
                { "shop": { "limits": { "robloxCallsPerShop": { "calls": 1, "per": "0s" } } } }
                """, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("shop.limits.robloxCallsPerShop.calls")
                .hasMessageContaining("shop.limits.robloxCallsPerShop.per");
    }

    @Test
    void keyFormatsAreReadPerTypeAndATypeLeftOutKeepsTheOriginal() throws IOException {
        AwptConfig none = load(Map.of());
        AwptConfig config = loadJson("""
                { "shop": { "keyFormats": {
                    "weekly": { "pattern": "[A-Z0-9]{5}(-[A-Z0-9]{5}){4}", "description": "five dashed groups" },
                    "monthly": { "length": 20, "alphabet": "ABCDEFGHJKLMNPQRSTUVWXYZ23456789" } } } }
                """, Map.of());

        KeyFormats formats = config.shop().keyFormats();
        assertThat(formats.of(LicenseTypeCode.WEEKLY)).isEqualTo(
                new KeyFormat.Expression("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}", "five dashed groups"));
        assertThat(formats.of(LicenseTypeCode.MONTHLY)).isEqualTo(
                new KeyFormat.Alphabet(20, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", null));
        assertThat(none.shop().keyFormats().of(LicenseTypeCode.WEEKLY)).isEqualTo(KeyFormat.original());
        assertThat(loadJson("""
                { "shop": { "keyFormats": { "weekly": { "length": 16 } } } }
                """, Map.of()).shop().keyFormats().of(LicenseTypeCode.WEEKLY))
                .isEqualTo(new KeyFormat.Alphabet(16, KeyFormat.LETTERS_AND_DIGITS, null));
    }

    @Test
    void aBadKeyFormatIsReportedByItsKey() throws IOException {
        List<ConfigProblem> problems = problemsOf("""
                { "shop": { "keyFormats": {
                    "weekly": { "pattern": "[A-Z" },
                    "monthly": { "length": 0, "alphabet": "" },
                    "daily": { "length": 8 } } } }
                """, Map.of());

        assertThat(problems).extracting(ConfigProblem::path).containsExactlyInAnyOrder(
                "shop.keyFormats.weekly.pattern", "shop.keyFormats.monthly.length", "shop.keyFormats.monthly.alphabet",
                "shop.keyFormats.daily");
        assertThat(problems.get(0).expected()).contains("not a regular expression").contains("near index");
        assertThat(problems).filteredOn(p -> p.path().endsWith("monthly.length")).extracting(ConfigProblem::expected)
                .containsExactly("a whole number from 4 to 128");
        assertThat(problems).filteredOn(p -> p.path().endsWith("daily")).extracting(ConfigProblem::expected)
                .singleElement().asString().contains("a license type listed in shop.licenseTypes");
    }

    @Test
    void aKeyFormatIsAPatternOrALengthNotBothNorNeitherNorOfInvisibleCharacters() throws IOException {
        List<ConfigProblem> problems = problemsOf("""
                { "shop": { "keyFormats": {
                    "weekly": { "pattern": "[a-z]{8}", "length": 8 },
                    "monthly": { "alphabet": "ab c", "length": 300 } } } }
                """, Map.of());

        assertThat(problems).extracting(ConfigProblem::toString).containsExactlyInAnyOrder(
                "shop.keyFormats.weekly: either \"pattern\" or \"length\" (with \"alphabet\"), not both",
                "shop.keyFormats.monthly.length: a whole number from 4 to 128");
        assertThat(problemsOf("""
                { "shop": { "keyFormats": { "monthly": { "alphabet": "ab c", "length": 8 } } } }
                """, Map.of())).extracting(ConfigProblem::path).containsExactly("shop.keyFormats.monthly.alphabet");
        assertThat(problemsOf("""
                { "shop": { "keyFormats": { "monthly": { "alphabet": "abc" } } } }
                """, Map.of())).extracting(ConfigProblem::toString).singleElement().asString()
                .startsWith("shop.keyFormats.monthly: a key format: { \"pattern\"");
    }

    @Test
    void aManualMethodsCurrencyIsOneOfThePricesAndOnlyManualMethodsTakeOne() throws IOException {
        AwptConfig example = loadJson(Files.readString(EXAMPLE), Map.of());
        assertThat(example.shop().methods().require("gcash").currency()).isEqualTo("PHP");
        assertThat(example.shop().methods().require("robux").currency()).isEmpty();

        List<ConfigProblem> problems = problemsOf("""
                { "shop": { "paymentMethods": [
                  { "code": "gcash", "name": "GCash", "kind": "manual", "details": "0935", "currency": "EUR" },
                  { "code": "robux", "name": "Robux", "kind": "robux", "currency": "ROBUX" } ] } }
                """, Map.of());

        assertThat(problems).extracting(ConfigProblem::path).contains("shop.paymentMethods[0].currency",
                "shop.paymentMethods[1].currency");
    }

    @Test
    void theRetentionPolicyDefaultsToNinetyDaysOfProofsHalfAYearOfSessionsAndTwoYearsOfAudit() throws IOException {
        assertThat(load(Map.of()).retention()).isEqualTo(RetentionPolicy.defaults());
        AwptConfig custom = loadJson("""
                { "retention": { "proofs": "30d", "sessions": "60d", "storefrontVisits": "7d", "audit": "365d" } }
                """, Map.of());
        assertThat(custom.retention()).isEqualTo(new RetentionPolicy(Duration.ofDays(30), Duration.ofDays(60),
                Duration.ofDays(7), Duration.ofDays(365)));

        List<ConfigProblem> problems = problemsOf("""
                { "retention": { "proofs": "12h", "audit": "forever" } }
                """, Map.of());
        assertThat(problems).extracting(ConfigProblem::path).containsExactlyInAnyOrder("retention.proofs",
                "retention.audit");
        assertThat(problemsOf("""
                { "retention": { "proofs": "200d", "sessions": "180d" } }
                """, Map.of())).extracting(ConfigProblem::path).containsExactly("retention.sessions");
    }

    @Test
    void ticketsCloseADayAfterDeliveryAndTwoDaysIdleUnlessConfiguredAndTranscriptsGoToTheAdminChannel()
            throws IOException {
        assertThat(load(Map.of()).tickets()).isEqualTo(TicketPolicy.defaults());
        AwptConfig custom = loadJson("""
                { "adminChannelId": "500000000000000002",
                  "tickets": { "closeAfterDelivery": "12h", "closeWhenIdle": "3d", "idleWarning": "1h",
                               "channelDeleteDelay": "0s" } }
                """, Map.of());
        assertThat(custom.tickets()).isEqualTo(new TicketPolicy(Duration.ofHours(12), Duration.ofDays(3),
                Duration.ofHours(1), Duration.ZERO));
        assertThat(custom.discord().ticketLogChannel()).as("the admin channel by default").contains("500000000000000002");
        assertThat(loadJson("""
                { "adminChannelId": "500000000000000002", "ticketLogChannelId": "500000000000000005" }
                """, Map.of()).discord().ticketLogChannel()).contains("500000000000000005");
        assertThat(loadJson("{}", Map.of("AWPT_TICKET_LOG_CHANNEL_ID", "500000000000000006")).discord()
                .ticketLogChannel()).contains("500000000000000006");
        assertThat(loadJson("{}", Map.of()).discord().ticketLogChannel()).as("nowhere: transcripts go to buyers only")
                .isEmpty();
        assertThat(load(Map.of()).discord().messageContentIntent()).as("privileged: asked for only when set").isFalse();
        assertThat(loadJson("{ \"messageContentIntent\": true }", Map.of()).discord().messageContentIntent()).isTrue();
        assertThat(loadJson("{}", Map.of("AWPT_MESSAGE_CONTENT_INTENT", "true")).discord().messageContentIntent())
                .isTrue();

        assertThat(problemsOf("""
                { "tickets": { "closeAfterDelivery": "30s", "closeWhenIdle": "soon", "channelDeleteDelay": "2h" } }
                """, Map.of())).extracting(ConfigProblem::path).containsExactlyInAnyOrder("tickets.closeAfterDelivery",
                "tickets.closeWhenIdle", "tickets.channelDeleteDelay");
        assertThat(problemsOf("""
                { "tickets": { "closeWhenIdle": "6h", "idleWarning": "6h" } }
                """, Map.of())).extracting(ConfigProblem::path).containsExactly("tickets.idleWarning");
    }
}
