package org.awpt.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awpt.adapters.mongo.MongoPersistence;
import org.awpt.adapters.sqlite.SqlitePersistence;
import org.awpt.adapters.sqlite.SqliteSettings;
import org.awpt.application.port.KeyFilter;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code awpt migrate} end to end: SQLite to MongoDB (mongo-java-server's memory backend) and back. */
class MigrateCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T00:00:00Z"), ZoneOffset.UTC);
    private static final List<String> COLLECTIONS = List.of("license keys", "payment sessions", "payment proofs",
            "key requests", "storefront visits", "purchase tickets", "once-marks", "audit events", "cooldowns",
            "lockdowns", "sales");

    @TempDir
    Path dir;

    private MongoServer server;
    private String uri;
    private MongoClient client;

    @BeforeEach
    void startMongo() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
        client = MongoClients.create(uri);
    }

    @AfterEach
    void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    private Map<String, String> env(String data) {
        return Map.of("AWPT_DATA_DIR", dir.resolve(data).toString(), "AWPT_ADMIN_USER_IDS", "42");
    }

    private SqlitePersistence sqlite(String data) {
        return SqlitePersistence.open(SqliteSettings.defaults(dir.resolve(data)), LicenseTypeCatalog.defaults(), CLOCK);
    }

    @Test
    void aShopGoesToMongoDbAndBackWithEveryRecordEqualAndARerunCopiesNothing() {
        Map<String, Integer> written;
        try (SqlitePersistence first = sqlite("first")) {
            written = EveryKindOfRecord.fill(first);
        }

        CliRun toMongo = CliRun.of(dir, env("first"), "migrate", "--to", uri + "/shop");

        assertThat(toMongo.code()).as(toMongo.err()).isZero();
        assertThat(toMongo.out()).contains("into MongoDB at " + uri + "/shop, database shop");
        written.forEach((name, count) -> assertThat(row(toMongo, name)).as(name).containsExactly(count, count, 0, 0, 0));
        assertThat(toMongo.out()).contains("set mongoURI (or AWPT_MONGODB_URI) to the URI and mongoDatabase to shop");

        CliRun back = CliRun.of(dir, env("second"), "migrate", "--from", uri, "--database", "shop");

        assertThat(back.code()).as(back.err()).isZero();
        written.forEach((name, count) -> assertThat(row(back, name)).as(name).containsExactly(count, count, 0, 0, 0));
        try (SqlitePersistence first = sqlite("first"); SqlitePersistence second = sqlite("second");
                MongoPersistence mongo = MongoPersistence.onClient(client, "shop", LicenseTypeCatalog.defaults(),
                        CLOCK)) {
            List<List<?>> original = EveryKindOfRecord.everything(first.records());
            assertThat(original).extracting(List::size).containsExactlyElementsOf(
                    COLLECTIONS.stream().map(written::get).toList());
            assertThat(EveryKindOfRecord.everything(mongo.records())).isEqualTo(original);
            assertThat(EveryKindOfRecord.everything(second.records())).isEqualTo(original);
            // What the shop reads through its ordinary ports came across too: counts, holders, proofs.
            assertThat(second.licenseKeys().countByTypeAndStatus()).isEqualTo(first.licenseKeys().countByTypeAndStatus());
            assertThat(second.licenseKeys().heldBy(EveryKindOfRecord.BUYER))
                    .isEqualTo(first.licenseKeys().heldBy(EveryKindOfRecord.BUYER));
            String proofId = first.paymentSessions().find(new org.awpt.domain.payment.SessionId("session000000000001"))
                    .orElseThrow().proof().storageId();
            assertThat(second.proofs().load(proofId)).hasValueSatisfying(bytes ->
                    assertThat(bytes).isEqualTo(first.proofs().load(proofId).orElseThrow()));
        }

        CliRun again = CliRun.of(dir, env("second"), "migrate", "--from", uri + "/shop");
        CliRun againToMongo = CliRun.of(dir, env("first"), "migrate", "--to", uri, "--database", "shop");

        for (CliRun rerun : List.of(again, againToMongo)) {
            assertThat(rerun.code()).as(rerun.err()).isZero();
            written.forEach((name, count) -> assertThat(row(rerun, name)).as(name)
                    .containsExactly(count, 0, count, 0, 0));
            assertThat(rerun.out()).contains("Copied 0 records.");
        }
        assertThat(client.getDatabase("shop").getCollection("licensekeys").countDocuments()).isEqualTo(8);
        assertThat(client.getDatabase("shop").getCollection("auditevents").countDocuments()).isEqualTo(3);
        assertThat(client.getDatabase("shop").getCollection("sales").countDocuments()).isEqualTo(3);
    }

    @Test
    void theOriginalBotsLicenseKeysMigrateWithExactCountsAndTheirLegacyMeaning() {
        MongoCollection<Document> licensekeys = client.getDatabase("test").getCollection("licensekeys");
        Instant created = Instant.parse("2025-06-01T12:00:00Z");
        Instant sold = Instant.parse("2025-06-10T08:30:00Z");
        // The Mongoose model's shape: ObjectId, lowercase statuses, ids as strings, no expiresAt, no orderId, __v.
        licensekeys.insertMany(List.of(
                mongoose(EveryKindOfRecord.code(1), "weekly", "available", created),
                mongoose(EveryKindOfRecord.code(2), "monthly", "available", created),
                mongoose(EveryKindOfRecord.code(3), "weekly", "used", created)
                        .append("discordUserId", "123456789012345678").append("robloxUserId", "42424242")
                        .append("usedAt", Date.from(sold)),
                mongoose(EveryKindOfRecord.code(4), "monthly", "requested", created)
                        .append("requestedBy", "555555555555555555").append("requestedAt", Date.from(sold))
                        .append("approvedBy", "42"),
                // Put back in stock by the original, which left the holder behind.
                mongoose(EveryKindOfRecord.code(5), "weekly", "available", created)
                        .append("discordUserId", "123456789012345678")));
        licensekeys.insertOne(new Document("_id", new ObjectId()).append("key", EveryKindOfRecord.code(6))
                .append("type", "weekly").append("status", "used").append("discordUserId", "777").append("__v", 0));

        CliRun run = CliRun.of(dir, env("data"), "migrate", "--from", uri, "--database", "test");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(row(run, "license keys")).containsExactly(6, 6, 0, 0, 0);
        COLLECTIONS.subList(1, COLLECTIONS.size())
                .forEach(name -> assertThat(row(run, name)).as(name).containsExactly(0, 0, 0, 0, 0));
        try (SqlitePersistence shop = sqlite("data")) {
            var keys = shop.licenseKeys();
            assertThat(keys.countByTypeAndStatus()).isEqualTo(Map.of(
                    LicenseTypeCode.WEEKLY, Map.of(KeyStatus.AVAILABLE, 2L, KeyStatus.USED, 2L),
                    LicenseTypeCode.MONTHLY, Map.of(KeyStatus.AVAILABLE, 1L, KeyStatus.REQUESTED, 1L)));
            LicenseKey used = keys.findByCode(new KeyCode(EveryKindOfRecord.code(3))).orElseThrow();
            assertThat(used.holder()).isEqualTo(new DiscordUserId(123456789012345678L));
            assertThat(used.robloxUser()).isEqualTo(new RobloxUserId(42424242L));
            assertThat(used.usedAt()).isEqualTo(sold);
            assertThat(used.expiresAt()).isEqualTo(sold.plus(LicenseType.weekly().validity()));
            LicenseKey requested = keys.findByCode(new KeyCode(EveryKindOfRecord.code(4))).orElseThrow();
            assertThat(requested.requestedBy()).isEqualTo(new DiscordUserId(555555555555555555L));
            assertThat(requested.approvedBy()).isEqualTo(new DiscordUserId(42L));
            assertThat(keys.findByCode(new KeyCode(EveryKindOfRecord.code(5))).orElseThrow().holder()).isNull();
            LicenseKey noDates = keys.findByCode(new KeyCode(EveryKindOfRecord.code(6))).orElseThrow();
            // No createdAt: created when its ObjectId was; used then too.
            assertThat(noDates.createdAt()).isEqualTo(noDates.usedAt()).isBefore(CLOCK.instant().plusSeconds(86_400L * 365));
        }

        CliRun again = CliRun.of(dir, env("data"), "migrate", "--from", uri + "/test");

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(row(again, "license keys")).containsExactly(6, 0, 6, 0, 0);
        try (SqlitePersistence shop = sqlite("data")) {
            assertThat(shop.licenseKeys().count(KeyFilter.ALL)).isEqualTo(6);
        }
    }

    @Test
    void anUnreadableDocumentIsNamedCountedAndExitsOneWhileTheRestIsCopied() {
        MongoCollection<Document> licensekeys = client.getDatabase("test").getCollection("licensekeys");
        licensekeys.insertOne(mongoose(EveryKindOfRecord.code(1), "weekly", "available", Instant.EPOCH));
        licensekeys.insertOne(new Document("_id", "hand-made-7").append("key", EveryKindOfRecord.code(2))
                .append("type", "weekly").append("status", "sold"));

        CliRun run = CliRun.of(dir, env("data"), "migrate", "--from", uri + "/test");

        assertThat(run.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(row(run, "license keys")).containsExactly(1, 1, 0, 1, 0);
        assertThat(run.err()).contains("Left out license keys row hand-made-7: it cannot be read")
                .doesNotContain(EveryKindOfRecord.code(2))
                .contains("1 stored rows could not be read and 0 records were refused");
        CliRun again = CliRun.of(dir, env("data"), "migrate", "--from", uri + "/test");
        assertThat(again.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(row(again, "license keys")).containsExactly(1, 0, 1, 1, 0);
    }

    @Test
    void aKeyWhoseOrderHasAnotherKeyInTheTargetIsRefusedAndNamed() {
        try (SqlitePersistence first = sqlite("first")) {
            EveryKindOfRecord.fill(first);
        }
        assertThat(CliRun.of(dir, env("first"), "migrate", "--to", uri + "/shop").code()).isZero();
        // Another key of the target took the order of one the source holds.
        MongoCollection<Document> licensekeys = client.getDatabase("shop").getCollection("licensekeys");
        Document sold = licensekeys.find(new Document("status", "revoked")).first();
        licensekeys.deleteOne(new Document("_id", sold.get("_id")));
        licensekeys.insertOne(sold.append("_id", new ObjectId()).append("key", EveryKindOfRecord.code(99)));

        CliRun run = CliRun.of(dir, env("first"), "migrate", "--to", uri + "/shop");

        assertThat(run.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(row(run, "license keys")).containsExactly(8, 0, 7, 0, 1);
        assertThat(run.err()).contains("its order storefront:sellix:inv1:item1:0 already has another key")
                .doesNotContain(EveryKindOfRecord.code(2));
    }

    @Test
    void theCommandLineIsCheckedFirstAndFailuresExitOne() throws IOException {
        assertThat(CliRun.of(dir, env("data"), "migrate").code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        CliRun both = CliRun.of(dir, env("data"), "migrate", "--from", uri, "--to", uri);
        assertThat(both.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(both.err()).contains("mutually exclusive");
        CliRun notAUri = CliRun.of(dir, env("data"), "migrate", "--from", "localhost:27017");
        assertThat(notAUri.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(notAUri.err()).contains("is not a MongoDB connection string");
        CliRun twoNames = CliRun.of(dir, env("data"), "migrate", "--from", uri + "/a", "--database", "b");
        assertThat(twoNames.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(twoNames.err()).contains("name it once");

        client.getDatabase("test").getCollection("licensekeys")
                .insertOne(mongoose(EveryKindOfRecord.code(1), "weekly", "available", Instant.EPOCH));
        CliRun wrongDatabase = CliRun.of(dir, env("data"), "migrate", "--from", uri);
        assertThat(wrongDatabase.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(wrongDatabase.err()).contains("The database awpt holds no licensekeys, but test does: pass"
                + " --database test");

        CliRun noSqlite = CliRun.of(dir, env("none"), "migrate", "--to", uri + "/shop");
        assertThat(noSqlite.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(noSqlite.err()).contains(dir.resolve("none").resolve("awpt.db").toString());

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Files.writeString(dir.resolve("config.json"), "{ \"mongoConnectTimeout\": \"1s\" }");
        long started = System.nanoTime();
        CliRun unreachable = CliRun.of(dir, env("data"), "migrate", "--from", "mongodb://127.0.0.1:" + closedPort
                + "/test");
        assertThat(unreachable.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(unreachable.err()).startsWith("Cannot reach MongoDB at mongodb://127.0.0.1:" + closedPort);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void theHelpNamesBothDirectionsAndTheReport() {
        CliRun help = CliRun.of(dir, env("data"), "migrate", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--from=MONGODB_URI").contains("--to=MONGODB_URI").contains("--database=NAME")
                .contains("licensekeys").contains("copies nothing").contains("already present");
    }

    private static Document mongoose(String key, String type, String status, Instant created) {
        return new Document("_id", new ObjectId()).append("key", key).append("type", type).append("status", status)
                .append("createdAt", Date.from(created)).append("__v", 0);
    }

    /** The report's counts for a collection: read, copied, already present, unreadable, refused. */
    private static List<Integer> row(CliRun run, String name) {
        String line = run.out().lines().filter(l -> l.startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + name + " in:\n" + run.out() + run.err()));
        String[] cells = line.substring(name.length()).strip().replace(",", "").split("\\s+");
        return java.util.Arrays.stream(cells).map(Integer::valueOf).toList();
    }
}
