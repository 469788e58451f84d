package org.awpt.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A shop that ran the original bot points AWPT at its database: its documents sell, search and count as they are. */
class LegacyDocumentsTest {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    private static final Instant CREATED = Instant.parse("2025-06-01T12:00:00Z");
    private static final Instant SOLD = Instant.parse("2025-06-10T08:30:00Z");
    private static final String AVAILABLE_WEEKLY = "AbCdEfGhIjKlMnOpQrStUvWxYz012345";
    private static final String AVAILABLE_MONTHLY = "MonthlyKey000000000000000000000A";
    private static final String USED_WEEKLY = "UsedWeeklyKey0000000000000000001";
    private static final String REQUESTED_MONTHLY = "RequestedKey00000000000000000001";

    private MongoPersistence persistence;
    private LicenseKeyRepository keys;
    private MongoCollection<Document> licensekeys;

    @BeforeEach
    void loadTheOriginalsDocuments() {
        persistence = MONGO.freshPersistence();
        keys = persistence.licenseKeys();
        licensekeys = persistence.datastore().getDatabase().getCollection("licensekeys");
        // Exactly the Mongoose model's shape: ObjectId, string ids, no expiresAt, no orderId, __v.
        licensekeys.insertMany(List.of(
                mongoose(AVAILABLE_WEEKLY, "weekly", "available"),
                mongoose(AVAILABLE_MONTHLY, "monthly", "available"),
                mongoose(USED_WEEKLY, "weekly", "used")
                        .append("discordUserId", "123456789012345678")
                        .append("robloxUserId", "42424242")
                        .append("usedAt", Date.from(SOLD)),
                mongoose(REQUESTED_MONTHLY, "monthly", "requested")
                        .append("requestedBy", "555555555555555555")
                        .append("requestedAt", Date.from(SOLD))));
    }

    private static Document mongoose(String key, String type, String status) {
        return new Document("_id", new ObjectId()).append("key", key).append("type", type).append("status", status)
                .append("createdAt", Date.from(CREATED)).append("__v", 0);
    }

    @Test
    void theOriginalsKeysCountAsTheyAre() {
        assertThat(keys.countAvailable(LicenseTypeCode.WEEKLY)).isEqualTo(1);
        assertThat(keys.countAvailable(LicenseTypeCode.MONTHLY)).isEqualTo(1);
        assertThat(keys.countByTypeAndStatus()).isEqualTo(Map.of(
                LicenseTypeCode.WEEKLY, Map.of(KeyStatus.AVAILABLE, 1L, KeyStatus.USED, 1L),
                LicenseTypeCode.MONTHLY, Map.of(KeyStatus.AVAILABLE, 1L, KeyStatus.REQUESTED, 1L)));
        assertThat(keys.count(KeyFilter.ALL)).isEqualTo(4);
        assertThat(keys.list(KeyFilter.of(null, KeyStatus.REQUESTED), 0, 10)).singleElement()
                .satisfies(key -> assertThat(key.requestedBy()).isEqualTo(new DiscordUserId(555555555555555555L)));
    }

    @Test
    void aKeyTheOriginalSoldExpiresItsTypesValidityAfterItsUse() {
        LicenseKey used = keys.findByCode(new KeyCode(USED_WEEKLY)).orElseThrow();

        assertThat(used.status()).isEqualTo(KeyStatus.USED);
        assertThat(used.holder()).isEqualTo(new DiscordUserId(123456789012345678L));
        assertThat(used.robloxUser()).isEqualTo(new RobloxUserId(42424242));
        assertThat(used.usedAt()).isEqualTo(SOLD);
        assertThat(used.expiresAt()).isEqualTo(SOLD.plus(Duration.ofDays(7)));
        assertThat(used.createdAt()).isEqualTo(CREATED);
        assertThat(keys.heldBy(new DiscordUserId(123456789012345678L))).containsExactly(used);
        assertThat(keys.heldByRoblox(new RobloxUserId(42424242))).containsExactly(used);
        assertThat(keys.expiringBetween(SOLD.plus(Duration.ofDays(6)), SOLD.plus(Duration.ofDays(8)), 10))
                .containsExactly(used);
        assertThat(keys.expiringBetween(SOLD, SOLD.plus(Duration.ofDays(6)), 10)).isEmpty();
        assertThat(keys.deliveriesPerDay(SOLD.minus(Duration.ofDays(1)), SOLD.plus(Duration.ofDays(1)),
                java.time.ZoneOffset.UTC)).isEqualTo(Map.of(java.time.LocalDate.of(2025, 6, 10), 1L));
        assertThat(keys.pendingDeliveries(KeyStatus.USED, SOLD.plus(Duration.ofDays(30)), 10)).isEmpty();
    }

    @Test
    void searchFindsTheOriginalsKeysByAnyFragmentInAnyCase() {
        assertThat(keys.search("ijklmnop", 10)).extracting(key -> key.code().value()).containsExactly(AVAILABLE_WEEKLY);
        assertThat(keys.search("00001", 10)).extracting(key -> key.code().value())
                .containsExactlyInAnyOrder(USED_WEEKLY, REQUESTED_MONTHLY);
    }

    @Test
    void sellingAnOriginalKeyWritesTheFieldsTheOriginalReads() {
        DiscordUserId buyer = new DiscordUserId(987654321098765432L);
        ClaimOrder order = new ClaimOrder(new OrderId("manual:legacy-session-0001"), LicenseType.weekly(), buyer,
                null, null);
        Instant now = Instant.parse("2026-01-05T10:00:00Z");

        LicenseKey sold = keys.claim(order, now).orElseThrow();

        assertThat(sold.code().value()).isEqualTo(AVAILABLE_WEEKLY);
        assertThat(sold.createdAt()).isEqualTo(CREATED);
        assertThat(keys.claim(order, now)).contains(sold);
        assertThat(keys.claim(new ClaimOrder(new OrderId("manual:legacy-session-0002"), LicenseType.weekly(), buyer,
                null, null), now)).isEmpty();
        Document stored = licensekeys.find(new Document("key", AVAILABLE_WEEKLY)).first();
        assertThat(stored.getString("status")).isEqualTo("used");
        assertThat(stored.getString("discordUserId")).isEqualTo("987654321098765432");
        assertThat(stored.getDate("usedAt")).isEqualTo(Date.from(now));
        assertThat(stored.getDate("createdAt")).isEqualTo(Date.from(CREATED));
        assertThat(stored.getString("type")).isEqualTo("weekly");
        assertThat(stored.get("__v")).isEqualTo(0);
        assertThat(stored.get("_id")).isInstanceOf(ObjectId.class);
        assertThat(stored.get("rev")).isEqualTo(1L);
        assertThat(stored).doesNotContainKey("_t");
    }

    @Test
    void keysAwptImportsLookLikeTheOriginalsToo() {
        LicenseKey imported = LicenseKey.inStock(new KeyCode("NewKey00000000000000000000000001"),
                LicenseTypeCode.MONTHLY, Instant.parse("2026-01-05T10:00:00Z"));

        keys.insertAll(List.of(imported));

        Document stored = licensekeys.find(new Document("key", imported.code().value())).first();
        assertThat(stored.getString("status")).isEqualTo("available");
        assertThat(stored.getString("type")).isEqualTo("monthly");
        assertThat(stored.getDate("createdAt")).isEqualTo(Date.from(imported.createdAt()));
        assertThat(stored.get("__v")).isEqualTo(0);
        assertThat(stored).doesNotContainKeys("_t", "orderId", "discordUserId");
        assertThat(keys.insertAll(List.of(LicenseKey.inStock(new KeyCode(USED_WEEKLY), LicenseTypeCode.WEEKLY,
                Instant.now(MongoTestServer.CLOCK)))).alreadyPresent()).containsExactly(new KeyCode(USED_WEEKLY));
    }

    @Test
    void aMalformedKeyLeftInTheDatabaseIsNeverSoldAndListsSkipIt() {
        licensekeys.deleteMany(new Document("key", AVAILABLE_WEEKLY));
        licensekeys.insertOne(mongoose("short key 1", "weekly", "available"));
        ClaimOrder order = new ClaimOrder(new OrderId("manual:legacy-session-0003"), LicenseType.weekly(),
                new DiscordUserId(5), null, null);

        assertThat(keys.claim(order, Instant.parse("2026-01-05T10:00:00Z"))).isEmpty();
        assertThat(keys.list(KeyFilter.of(LicenseTypeCode.WEEKLY, null), 0, 10)).extracting(key -> key.code().value())
                .containsExactly(USED_WEEKLY);
        assertThat(keys.search("short", 10)).isEmpty();
        assertThat(licensekeys.find(new Document("key", "short key 1")).first().getString("status"))
                .isEqualTo("available");
    }

    @Test
    void revokingAKeyTheOriginalSoldKeepsItsUseAndDerivedExpiry() {
        LicenseKey used = keys.findByCode(new KeyCode(USED_WEEKLY)).orElseThrow();
        DiscordUserId admin = new DiscordUserId(999);

        LicenseKey revoked = keys.revoke(used.code(), admin, "chargeback", SOLD.plus(Duration.ofDays(1))).orElseThrow();

        assertThat(revoked).isEqualTo(used.revoke(admin, "chargeback", SOLD.plus(Duration.ofDays(1))));
        assertThat(keys.findByCode(used.code())).contains(revoked);
        Document stored = licensekeys.find(new Document("key", USED_WEEKLY)).first();
        assertThat(stored.get("rev")).as("the compare-and-set revision moved").isEqualTo(1L);
        assertThat(stored.getString("status")).isEqualTo("revoked");
        assertThat(stored.get("__v")).isEqualTo(0);
    }
}
