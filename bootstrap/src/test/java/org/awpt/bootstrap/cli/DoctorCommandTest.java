package org.awpt.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awpt.adapters.sqlite.SqlitePersistence;
import org.awpt.adapters.sqlite.SqliteSettings;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code awpt doctor} against a local stand-in for Discord's and Roblox's APIs. */
class DoctorCommandTest {
    private static final String GOOD_TOKEN = "MTE5ODc2NTQzMjEwOTg3NjU0.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";
    private static final String BAD_TOKEN = "MTE5ODc2NTQzMjEwOTg3NjU0.GxYzWv.zyxwvutsrqponmlkjihgfedcba9876543210ZZ";

    @TempDir
    Path dir;

    private HttpServer stub;
    private final AtomicInteger tokenChecks = new AtomicInteger();

    @BeforeEach
    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/api/v10/users/@me", exchange -> {
            tokenChecks.incrementAndGet();
            boolean good = ("Bot " + GOOD_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            answer(exchange, good ? 200 : 401, good ? "{\"id\":\"1\",\"username\":\"awpt-bot\"}"
                    : "{\"message\":\"401: Unauthorized\",\"code\":0}");
        });
        stub.createContext("/game-passes/v1/game-passes/", exchange -> {
            boolean weekly = exchange.getRequestURI().getPath().contains("/1022970504/");
            answer(exchange, 200, "{\"TargetId\":1,\"ProductType\":\"Game Pass\",\"Name\":\"pass\",\"PriceInRobux\":"
                    + (weekly ? 2400 : 9999) + ",\"IsForSale\":true}");
        });
        stub.start();
        String base = "http://127.0.0.1:" + stub.getAddress().getPort() + "/";
        Files.writeString(dir.resolve("config.json"), """
                { "allowedUserIds": ["42"],
                  "shop": { "paymentMethods": [ { "code": "robux", "name": "Robux", "kind": "robux" } ],
                            "gamepasses": {
                              "weekly": { "id": 1022970504, "url": "https://www.roblox.com/game-pass/1022970504/w" },
                              "monthly": { "id": 1030833419, "url": "https://www.roblox.com/game-pass/1030833419/m" } } },
                  "roblox": { "usersBaseUrl": "%1$s", "inventoryBaseUrl": "%1$s", "gamePassesBaseUrl": "%1$s",
                              "maxRetries": 0 } }
                """.formatted(base));
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private Map<String, String> env(String token) {
        return Map.of("AWPT_DATA_DIR", dir.resolve("data").toString(), "AWPT_DISCORD_TOKEN", token,
                "AWPT_DISCORD_API_URL", "http://127.0.0.1:" + stub.getAddress().getPort() + "/api/v10/");
    }

    @Test
    void aTokenDiscordRefusesFailsTheCheckWithWhatToDoAndIsNeverPrinted() {
        SqlitePersistence.open(SqliteSettings.defaults(dir.resolve("data")), LicenseTypeCatalog.defaults(),
                Clock.systemUTC()).close();

        CliRun doctor = CliRun.of(dir, env(BAD_TOKEN), "doctor");

        assertThat(doctor.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(doctor.out()).contains("OK   configuration")
                .contains("OK   database: SQLite at " + dir.resolve("data").resolve("awpt.db") + ": 0 keys, 0 available")
                .contains("FAIL discord: Discord refused the token (401): reset it on the Developer Portal's Bot page")
                .contains("WARN stock: no weekly key available")
                .contains("1 check failed: fix it and run awpt doctor again.");
        assertThat(doctor.out() + doctor.err()).doesNotContain(BAD_TOKEN).doesNotContain("GxYzWv");
        assertThat(tokenChecks).hasValue(1);
    }

    @Test
    void aGoodSetUpPassesAndGamepassPricesAreCompared() {
        CliRun doctor = CliRun.of(dir, env(GOOD_TOKEN), "doctor");

        assertThat(doctor.code()).as(doctor.out()).isEqualTo(ExitCodes.OK);
        assertThat(doctor.out()).contains("WARN database: SQLite, no database yet at "
                        + dir.resolve("data").resolve("awpt.db") + ": awpt run or awpt keys import creates it")
                .contains("OK   discord: the token is valid (logged in as awpt-bot)")
                .doesNotContain("WARN notices").doesNotContain("WARN admins")
                .contains("WARN tickets: ticketCategoryId is not set: purchase tickets open as private channels")
                .contains("WARN commands: guildIds is not set: slash commands are registered globally and can take"
                        + " up to an hour to appear")
                .contains("WARN roblox: gamepass 1030833419 (monthly) \"pass\" costs 9,999 Robux on Roblox but the"
                        + " price list says 8,600 Robux")
                .contains("Everything is ready.");
    }

    @Test
    void aTokenOnlySetUpIsReadyAndSaysWhoAdministersAndWhereNoticesGo() throws IOException {
        Path config = dir.resolve("config.json");
        Files.writeString(config, Files.readString(config).replace("\"allowedUserIds\": [\"42\"],", ""));

        CliRun doctor = CliRun.of(dir, env(GOOD_TOKEN), "doctor");

        assertThat(doctor.out()).contains("WARN admins: no admin is configured: members with the Administrator"
                        + " permission in the shop's server (guildIds, or the bot's only server) are admins")
                .contains("WARN notices: neither adminChannelId nor allowedUserIds is set")
                .contains("OK   discord: the token is valid");
    }

    @Test
    void aShopWithNothingButATokenFailsNamingThePaymentSettingsToFill() throws IOException {
        Files.delete(dir.resolve("config.json"));

        CliRun doctor = CliRun.of(dir, env(GOOD_TOKEN), "doctor");

        assertThat(doctor.code()).as(doctor.out()).isEqualTo(ExitCodes.FAILED);
        assertThat(doctor.out()).contains("FAIL payments: buyers have nothing to pay with; set in config.json:"
                        + " shop.paymentMethods\n")
                .contains("     shop.paymentMethods: the ways buyers pay, each { \"code\", \"name\", \"kind\":")
                .contains("config.example.json shows the original shop's methods")
                .contains("OK   discord: the token is valid")
                .contains("1 check failed");
    }

    @Test
    void aMethodWithoutItsDetailsIsNamedWithItsExactKey() throws IOException {
        Path config = dir.resolve("config.json");
        Files.writeString(config, Files.readString(config)
                .replace("\"kind\": \"robux\" } ]", "\"kind\": \"robux\" },"
                        + " { \"code\": \"cashapp\", \"name\": \"CashApp\", \"kind\": \"manual\" } ]")
                .replaceAll(",\\s*\"monthly\": \\{[^}]*\\}", ""));

        CliRun doctor = CliRun.of(dir, env(GOOD_TOKEN), "doctor");

        assertThat(doctor.code()).as(doctor.out()).isEqualTo(ExitCodes.FAILED);
        assertThat(doctor.out()).contains("FAIL payments: buyers cannot pay for [monthly]; set in config.json:"
                        + " shop.gamepasses.monthly, shop.paymentMethods[1].details")
                .contains("     shop.paymentMethods[1].details: where buyers pay with CashApp (cashapp): a handle,");
    }

    @Test
    void aBrokenConfigurationIsReportedWithExitTwo() throws IOException {
        Files.writeString(dir.resolve("config.json"), "{ \"mongoURI\": \"localhost\" }");

        CliRun doctor = CliRun.of(dir, env(GOOD_TOKEN), "doctor");

        assertThat(doctor.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(doctor.out()).contains("FAIL configuration: The configuration has 1 problem:")
                .contains("mongoURI: a MongoDB connection string");
        assertThat(tokenChecks).hasValue(0);
    }

    @Test
    void theDoctorCreatesNoDatabase() {
        CliRun doctor = CliRun.of(dir, env(GOOD_TOKEN), "doctor");

        assertThat(doctor.code()).as(doctor.out()).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aMongoDbUriWithoutDatabaseSaysWhichIsUsedAndWhereTheOriginalBotsKeysAre() throws IOException {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        String uri = "mongodb://127.0.0.1:" + address.getPort();
        try (MongoClient client = MongoClients.create(uri)) {
            // Where the original bot (Mongoose, no database in its URI) keeps its keys.
            client.getDatabase("test").getCollection("licensekeys").insertOne(new Document("key",
                    "abcdefghijklmnopqrstuvwxyz012345").append("type", "weekly").append("status", "available"));
            Path config = dir.resolve("config.json");
            Files.writeString(config, Files.readString(config).replace("{ \"allowedUserIds\"",
                    "{ \"mongoURI\": \"" + uri + "\", \"allowedUserIds\""));

            CliRun doctor = CliRun.of(dir, env(GOOD_TOKEN), "doctor");

            assertThat(doctor.out()).contains("OK   database: MongoDB at " + uri + ", database awpt (the URI names no"
                            + " database, so AWPT uses this one; name it in the URI or in mongoDatabase): 0 keys")
                    .contains("WARN database: licensekeys holds keys in another database on this server: test");
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void anUnreachableDatabaseFailsItsCheckAndNamesTheServerWithoutItsPassword() throws IOException {
        Files.writeString(dir.resolve("config.json"),
                "{ \"mongoURI\": \"mongodb://shop:pa55word@127.0.0.1:1/awpt\", \"mongoConnectTimeout\": \"1s\" }");

        CliRun doctor = CliRun.of(dir, env(GOOD_TOKEN), "doctor");

        assertThat(doctor.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(doctor.out()).contains("FAIL database: Cannot reach MongoDB at").doesNotContain("pa55word");
    }
}
