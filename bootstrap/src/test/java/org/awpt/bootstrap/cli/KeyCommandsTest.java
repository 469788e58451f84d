package org.awpt.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.awpt.adapters.sqlite.SqlitePersistence;
import org.awpt.adapters.sqlite.SqliteSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.sale.Sale;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key and report commands end to end, on SQLite in a temporary data folder. */
class KeyCommandsTest {
    private static final String KEY_A = "abcdefghijklmnopqrstuvwxyz012345";
    private static final String KEY_B = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final String KEY_C = "0123456789abcdefghijABCDEFGHIJkl";

    @TempDir
    Path dir;

    private Map<String, String> env() {
        return Map.of("AWPT_DATA_DIR", dir.resolve("data").toString(), "AWPT_ADMIN_USER_IDS", "42");
    }

    @Test
    void importStatsExportAndReportWorkOnTheSameDatabase() throws IOException {
        Files.writeString(dir.resolve("keys.txt"), "\uFEFF" + KEY_A + "\r\n  " + KEY_B + "  \n\nnot-a-key\n" + KEY_A
                + "\n" + KEY_C + "\n");

        CliRun imported = CliRun.of(dir, env(), "keys", "import", "--type", "weekly", "keys.txt");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 3 weekly keys.")
                .contains("Invalid (not exactly 32 letters or digits (A-Z, a-z, 0-9)): 1, on line 4")
                .contains("Duplicates within the file: 1, on line 5");

        CliRun again = CliRun.of(dir, env(), "keys", "import", "--type", "WEEKLY", "keys.txt");
        assertThat(again.out()).contains("Imported 0 weekly keys.").contains("Already in the inventory: 3");

        deliverTwoWeeklyKeys();

        CliRun stats = CliRun.of(dir, env(), "keys", "stats");
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out().lines().filter(line -> line.startsWith("weekly")).findFirst().orElseThrow()
                .split("\\s+")).containsExactly("weekly", "1", "0", "2", "0", "3", "critical", "7.0");
        assertThat(stats.out()).contains("Keys delivered in the last 14 days: 2");

        CliRun export = CliRun.of(dir, env(), "keys", "export", "--out", "keys.csv");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("Wrote 3 keys to");
        List<List<String>> rows = readCsv(dir.resolve("keys.csv"));
        assertThat(rows.get(0)).isEqualTo(KeysExportCommand.HEADER);
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0))
                .containsExactlyInAnyOrder(KEY_A, KEY_B, KEY_C);
        assertThat(rows.subList(1, rows.size())).filteredOn(row -> row.get(2).equals("used"))
                .extracting(row -> row.get(3)).containsOnly("77");

        CliRun usedOnly = CliRun.of(dir, env(), "keys", "export", "--out", "used.csv", "--status", "used");
        assertThat(usedOnly.out()).contains("Wrote 2 keys to");

        CliRun report = CliRun.of(dir, env(), "report", "--days", "7", "--chart", "chart.png", "--style", "line");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("Total: 2").contains("Chart written to");
        BufferedImage png = ImageIO.read(dir.resolve("chart.png").toFile());
        assertThat(png).isNotNull();
        assertThat(png.getWidth()).isEqualTo(800);
        assertThat(png.getHeight()).isEqualTo(400);
    }

    @Test
    void theReportShowsRevenuePerMethodOverADateRangeAndExportsTheSalesAsCsv() throws IOException {
        Files.writeString(dir.resolve("keys.txt"), KEY_A + "\n" + KEY_B + "\n" + KEY_C + "\n");
        assertThat(CliRun.of(dir, env(), "keys", "import", "--type", "weekly", "keys.txt").code()).isZero();
        deliverTwoWeeklyKeys();
        Instant soldAt = Instant.now();
        LocalDate today = LocalDate.ofInstant(soldAt, ZoneOffset.UTC);
        try (SqlitePersistence db = SqlitePersistence.openExisting(SqliteSettings.defaults(dir.resolve("data")),
                LicenseTypeCatalog.defaults(), Clock.systemUTC())) {
            String masked = db.licenseKeys().findByOrder(new OrderId("cli-test-1")).orElseThrow().code().masked();
            db.sales().record(new Sale("cli-test-1", soldAt, LicenseTypeCode.WEEKLY, "gcash", Money.of("420", "PHP"),
                    List.of(masked), new DiscordUserId(77)));
        }

        CliRun report = CliRun.of(dir, env(), "report", "--from", today.minusDays(1).toString(), "--to",
                today.toString(), "--csv", "sales.csv");

        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("Keys delivered from " + today.minusDays(1) + " to " + today)
                .contains("Total: 2")
                .contains("gcash  \u20B1420  (1 sale, 1 key)")
                .contains("1 key delivered with no recorded sale")
                .contains("Wrote 1 sale to");
        List<List<String>> rows = readCsv(dir.resolve("sales.csv"));
        assertThat(rows.get(0)).containsExactly("date", "type", "method", "amount", "currency", "order_id",
                "masked_keys", "buyer_id");
        assertThat(rows.get(1)).containsExactly(soldAt.truncatedTo(ChronoUnit.MILLIS).toString(), "weekly", "gcash",
                "420", "PHP", "cli-test-1", rows.get(1).get(6), "77");
        assertThat(rows.get(1).get(6)).contains("\u2022").doesNotContain(KEY_A).doesNotContain(KEY_B);
        assertThat(rows).hasSize(2);

        assertThat(CliRun.of(dir, env(), "report", "--from", today.toString(), "--days", "3").code())
                .as("--from and --days together").isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(CliRun.of(dir, env(), "report", "--from", today.toString(), "--to", today.minusDays(1).toString())
                .code()).as("--to before --from").isEqualTo(ExitCodes.FIX_CONFIGURATION);
    }

    @Test
    void keyCommandsActAsTheConsolesOperatorWithNoDiscordIdConfiguredOrAsTheAdminNamed() throws IOException {
        Files.writeString(dir.resolve("keys.txt"), KEY_A + "\n");
        Files.writeString(dir.resolve("more.txt"), KEY_B + "\n");
        Map<String, String> noAdmin = Map.of("AWPT_DATA_DIR", dir.resolve("data").toString());

        CliRun imported = CliRun.of(dir, noAdmin, "keys", "import", "--type", "weekly", "keys.txt");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 1 weekly key.");
        CliRun stats = CliRun.of(dir, noAdmin, "keys", "stats");
        assertThat(stats.code()).as(stats.err()).isZero();
        CliRun attributed = CliRun.of(dir, noAdmin, "keys", "import", "--as", "7", "--type", "weekly", "more.txt");
        assertThat(attributed.code()).as(attributed.err()).isZero();

        try (SqlitePersistence store = SqlitePersistence.open(SqliteSettings.defaults(dir.resolve("data")),
                LicenseTypeCatalog.defaults(), Clock.systemUTC())) {
            assertThat(store.auditLog().recent(new org.awpt.application.port.AuditQuery(java.util.Optional.empty(),
                    java.util.Optional.of(org.awpt.domain.audit.AuditAction.KEYS_IMPORTED), 10)))
                    .extracting(org.awpt.domain.audit.AuditEvent::actor)
                    .containsExactly(new DiscordUserId(7), CliRun.OPERATOR);
        }

        CliRun unknownType = CliRun.of(dir, env(), "keys", "import", "--type", "yearly", "keys.txt");
        assertThat(unknownType.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(unknownType.err()).contains("yearly");
    }

    @Test
    void aBadCommandLineOrConfigurationExitsWithTwoAndSaysWhy() throws IOException {
        CliRun missingType = CliRun.of(dir, env(), "keys", "import", "keys.txt");
        assertThat(missingType.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(missingType.err()).contains("Missing required option: '--type=TYPE'");

        Files.writeString(dir.resolve("config.json"), "{ \"shop\": { \"sessionExpiry\": 5 }, \"health\": { \"port\": -1 } }");
        CliRun badConfig = CliRun.of(dir, env(), "keys", "stats");
        assertThat(badConfig.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(badConfig.err()).contains("The configuration has 2 problems:")
                .contains("shop.sessionExpiry: a duration").contains("health.port: a whole number from 0 to 65535");
    }

    @Test
    void aFileThatCannotBeReadOrWrittenIsNamedWithoutAStackTrace() throws IOException {
        Files.writeString(dir.resolve("keys.txt"), KEY_A + "\n");
        assertThat(CliRun.of(dir, env(), "keys", "import", "--type", "weekly", "keys.txt").code()).isZero();
        CliRun missing = CliRun.of(dir, env(), "keys", "import", "--type", "weekly", "missing.txt");
        assertThat(missing.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(missing.err().strip()).isEqualTo("Cannot read " + dir.resolve("missing.txt")
                + ": no such file or folder");

        CliRun export = CliRun.of(dir, env(), "keys", "export", "--out", "no-such-folder/keys.csv");
        assertThat(export.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(export.err().strip()).isEqualTo("Cannot write " + dir.resolve("no-such-folder/keys.csv")
                + ": no such file or folder");

        CliRun chart = CliRun.of(dir, env(), "report", "--days", "7", "--chart", "no-such-folder/chart.png");
        assertThat(chart.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(chart.err()).startsWith("Cannot write " + dir.resolve("no-such-folder/chart.png"))
                .doesNotContain("Exception");
    }

    @Test
    void keyCommandsRunWhileTheBotHoldsTheSameFile() throws IOException {
        Files.writeString(dir.resolve("keys.txt"), KEY_A + "\n" + KEY_B + "\n");
        try (SqlitePersistence bot = SqlitePersistence.open(SqliteSettings.defaults(dir.resolve("data")),
                LicenseTypeCatalog.defaults(), Clock.systemUTC())) {
            CliRun imported = CliRun.of(dir, env(), "keys", "import", "--type", "weekly", "keys.txt");
            assertThat(imported.code()).as(imported.err()).isZero();
            assertThat(bot.licenseKeys().countAvailable(LicenseType.weekly().code())).isEqualTo(2);

            assertThat(bot.licenseKeys().claim(new ClaimOrder(new OrderId("while-cli"), LicenseType.weekly(),
                    new DiscordUserId(77), null, null), Instant.now())).isPresent();

            CliRun stats = CliRun.of(dir, env(), "keys", "stats");
            assertThat(stats.code()).as(stats.err()).isZero();
            assertThat(stats.out().lines().filter(line -> line.startsWith("weekly")).findFirst().orElseThrow()
                    .split("\\s+")).startsWith("weekly", "1", "0", "1", "0", "2");
            CliRun export = CliRun.of(dir, env(), "keys", "export", "--out", "keys.csv");
            assertThat(export.code()).as(export.err()).isZero();
            CliRun report = CliRun.of(dir, env(), "report", "--days", "7");
            assertThat(report.code()).as(report.err()).isZero();
            CliRun backup = CliRun.of(dir, env(), "backup", "--out", "copy.db");
            assertThat(backup.code()).as(backup.err()).isZero();
        }
    }

    @Test
    void readOnlyCommandsRefuseAMissingDatabaseAndCreateNothing() {
        Path database = dir.resolve("data").resolve("awpt.db");
        for (String[] command : List.of(new String[] {"keys", "stats"}, new String[] {"keys", "export", "--out", "k.csv"},
                new String[] {"report", "--days", "7"}, new String[] {"backup", "--out", "copy.db"})) {
            CliRun run = CliRun.of(dir, env(), command);

            assertThat(run.code()).as(String.join(" ", command)).isEqualTo(ExitCodes.FAILED);
            assertThat(run.err().lines()).as(run.err()).hasSize(1);
            assertThat(run.err()).startsWith("No database at " + database).contains("--data");
        }
        assertThat(dir.resolve("data")).doesNotExist();
        assertThat(dir.resolve("k.csv")).doesNotExist();
    }

    /** {@code keys stats} and an import of one key, each refused with exit 1 and one line. */
    private List<CliRun> statsAndImportOfOneKey() throws IOException {
        Files.writeString(dir.resolve("keys.txt"), KEY_A + "\n");
        List<CliRun> runs = new ArrayList<>();
        for (String[] command : List.of(new String[] {"keys", "stats"},
                new String[] {"keys", "import", "--type", "weekly", "keys.txt"})) {
            CliRun run = CliRun.of(dir, env(), command);
            assertThat(run.code()).as(String.join(" ", command)).isEqualTo(ExitCodes.FAILED);
            assertThat(run.err().lines()).as(run.err()).hasSize(1);
            runs.add(run);
        }
        return runs;
    }

    @Test
    void anEarlierBuildsEmbeddedFileIsNeverHiddenBehindANewEmptyShop() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path earlier = Files.writeString(data.resolve("awpt-embedded.mv"), "an earlier build's shop");
        for (CliRun run : statsAndImportOfOneKey()) {
            assertThat(run.err()).startsWith(earlier + " holds a shop of an earlier AWPT build")
                    .contains("awpt keys export --status available");
        }
        assertThat(data.resolve("awpt.db")).doesNotExist();
    }

    @Test
    void anUnreachableMongoDbFailsOnceWithinItsTimeout() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> env = new HashMap<>(env());
        env.put("AWPT_MONGODB_URI", "mongodb://shop:pa55word@127.0.0.1:" + closedPort + "/shop");
        Files.writeString(dir.resolve("config.json"), "{ \"mongoConnectTimeout\": \"1s\" }");
        long started = System.nanoTime();

        CliRun stats = CliRun.of(dir, env, "keys", "stats");

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(stats.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(stats.err().lines()).as(stats.err()).hasSize(1);
        assertThat(stats.err()).startsWith("Cannot reach MongoDB at mongodb://shop:****@127.0.0.1:" + closedPort)
                .doesNotContain("pa55word");
        // One attempt of 1 s; a retry per component needing the database (as Guice used to do) takes 15 s or more.
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anExportWritesEveryReadableKeyNamesTheUnreadableOnesAndExitsOne() throws IOException {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/shop";
        try (MongoClient client = MongoClients.create(uri)) {
            Map<String, String> env = new HashMap<>(env());
            env.put("AWPT_MONGODB_URI", uri);
            Files.writeString(dir.resolve("keys.txt"), KEY_A + "\n" + KEY_B + "\n");
            assertThat(CliRun.of(dir, env, "keys", "import", "--type", "weekly", "keys.txt").code()).isZero();
            // Left by another tool: a code AWPT cannot read.
            client.getDatabase("shop").getCollection("licensekeys").insertOne(new Document("_id", "legacy-7")
                    .append("key", "not-a-key").append("type", "weekly").append("status", "available"));

            CliRun export = CliRun.of(dir, env, "keys", "export", "--out", "keys.csv");

            assertThat(export.code()).isEqualTo(ExitCodes.FAILED);
            assertThat(export.out()).contains("Wrote 2 keys to");
            assertThat(export.err()).contains("Left out stored key legacy-7").doesNotContain("not-a-key")
                    .contains("1 stored key could not be read and is not in the file.");
            assertThat(readCsv(dir.resolve("keys.csv")).subList(1, 3)).extracting(row -> row.get(0))
                    .containsExactlyInAnyOrder(KEY_A, KEY_B);
        } finally {
            server.shutdownNow();
        }
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aDamagedDatabaseIsRefusedWithOneLineNamingItAndLeftUntouched() throws IOException {
        Path database = dir.resolve("data").resolve("awpt.db");
        Files.createDirectories(database.getParent());
        Files.writeString(database, "this is not a database, and not empty either\n".repeat(100));
        byte[] before = Files.readAllBytes(database);

        for (CliRun run : statsAndImportOfOneKey()) {
            assertThat(run.err()).contains(database.toString()).doesNotContain("Exception");
        }
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
    }

    @Test
    void theDataOptionWinsOverTheEnvironmentAndImportCreatesTheDatabaseThere() throws IOException {
        Files.writeString(dir.resolve("keys.txt"), KEY_A + "\n");

        CliRun imported = CliRun.of(dir, env(), "--data", "shop-data", "keys", "import", "--type", "weekly", "keys.txt");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(dir.resolve("shop-data").resolve("awpt.db")).isRegularFile();
        assertThat(dir.resolve("data")).doesNotExist();
        CliRun stats = CliRun.of(dir, env(), "keys", "stats", "--data", "shop-data");
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).containsPattern("weekly\\s+1\\s");
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String[] command : List.of(new String[] {"run"}, new String[] {"keys"}, new String[] {"keys", "import"},
                new String[] {"keys", "stats"}, new String[] {"keys", "export"}, new String[] {"report"},
                new String[] {"backup"}, new String[] {"doctor"})) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";

            CliRun help = CliRun.of(dir, env(), args);

            assertThat(help.code()).as(String.join(" ", args)).isZero();
            assertThat(help.out()).as(String.join(" ", args)).startsWith("Usage: awpt " + String.join(" ", command));
            assertThat(help.err()).as(String.join(" ", args)).isEmpty();
        }
        assertThat(Files.exists(dir.resolve("data"))).as("nothing started").isFalse();
    }

    @Test
    void runWithoutATokenSaysHowToGetOneAndExitsWithTwo() {
        CliRun run = CliRun.of(dir, env());

        assertThat(run.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(run.err()).contains("No Discord bot token. Set AWPT_DISCORD_TOKEN")
                .doesNotContain("ticket category");
        assertThat(Files.exists(dir.resolve("data"))).as("nothing started").isFalse();
    }

    private void deliverTwoWeeklyKeys() {
        try (SqlitePersistence db = SqlitePersistence.openExisting(SqliteSettings.defaults(dir.resolve("data")),
                LicenseTypeCatalog.defaults(), Clock.systemUTC())) {
            for (String order : List.of("cli-test-1", "cli-test-2")) {
                assertThat(db.licenseKeys().claim(new ClaimOrder(new OrderId(order), LicenseType.weekly(),
                        new DiscordUserId(77), null, null), Instant.now())).isPresent();
            }
        }
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = csv.readerForListOf(String.class).readValues(file.toFile())) {
            return rows.readAll();
        }
    }
}
