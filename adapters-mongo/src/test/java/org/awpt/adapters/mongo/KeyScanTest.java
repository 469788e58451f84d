package org.awpt.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awpt.application.contract.Race;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.KeyScan;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.UnreadableKey;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Export's scan by _id pages: unreadable documents are named, never dropped, and a claim storm loses no key in stock. */
class KeyScanTest {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void unreadableLegacyDocumentsAmongThreeThousandKeysAreNamedAndTheScanGoesOn() {
        MongoPersistence persistence = MONGO.freshPersistence();
        LicenseKeyRepository keys = persistence.licenseKeys();
        MongoCollection<Document> licensekeys = persistence.datastore().getDatabase().getCollection("licensekeys");
        keys.insertAll(TestKeys.inStock(0, 1_500, LicenseTypeCode.WEEKLY, T0));
        ObjectId badStatus = new ObjectId();
        ObjectId noKey = new ObjectId();
        licensekeys.insertMany(List.of(
                new Document("_id", badStatus).append("key", "BadStatusKey00000000000000000001").append("type", "weekly")
                        .append("status", "sold").append("createdAt", Date.from(T0)).append("__v", 0),
                new Document("_id", noKey).append("type", "weekly").append("status", "available")
                        .append("createdAt", Date.from(T0)).append("__v", 0)));
        keys.insertAll(TestKeys.inStock(1_500, 1_501, LicenseTypeCode.WEEKLY, T0));
        Set<KeyCode> seen = new HashSet<>();
        List<KeyCode> twice = new ArrayList<>();

        KeyScan scan = keys.scan(KeyFilter.ALL, key -> {
            if (!seen.add(key.code())) {
                twice.add(key.code());
            }
        });

        assertThat(scan.keys()).isEqualTo(3_001);
        assertThat(twice).isEmpty();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(TestKeys.codes(0, 3_001));
        assertThat(scan.complete()).isFalse();
        assertThat(scan.unreadable()).extracting(UnreadableKey::storedId)
                .containsExactly(badStatus.toHexString(), noKey.toHexString());
        assertThat(scan.unreadable()).allSatisfy(row -> assertThat(row.reason()).isNotBlank()
                .doesNotContain("BadStatusKey"));
        assertThat(keys.scan(KeyFilter.of(LicenseTypeCode.WEEKLY, KeyStatus.AVAILABLE), key -> { }).unreadable())
                .extracting(UnreadableKey::storedId).containsExactly(noKey.toHexString());
    }

    /**
     * AWPT's documents have ObjectId ids; one inserted by hand with another id type cannot be read as
     * a key, but is still met and named. Such ids sort in other type brackets, which MongoDB's
     * {@code $gt} does not cross: the scan goes on past each bracket.
     */
    @Test
    void documentsWithIdsOfAnotherTypeAreMetAndNamedNotDropped() {
        MongoPersistence persistence = MONGO.freshPersistence();
        LicenseKeyRepository keys = persistence.licenseKeys();
        MongoCollection<Document> licensekeys = persistence.datastore().getDatabase().getCollection("licensekeys");
        // A full page of hand-made string ids, which sort before every ObjectId: the page ends on a string.
        List<Document> byHand = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            byHand.add(new Document("_id", String.format("hand-%04d", i)).append("key", TestKeys.code(i).value())
                    .append("type", "weekly").append("status", "available").append("createdAt", Date.from(T0)));
        }
        licensekeys.insertMany(byHand);
        keys.insertAll(TestKeys.inStock(1_000, 500, LicenseTypeCode.WEEKLY, T0));
        licensekeys.insertOne(new Document("_id", 42L).append("key", TestKeys.code(1_500).value())
                .append("type", "weekly").append("status", "available").append("createdAt", Date.from(T0)));
        List<KeyCode> seen = new ArrayList<>();

        KeyScan scan = keys.scan(KeyFilter.ALL, key -> seen.add(key.code()));

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(TestKeys.codes(1_000, 500));
        assertThat(scan.keys()).isEqualTo(500);
        List<String> named = new ArrayList<>();
        byHand.forEach(document -> named.add(document.getString("_id")));
        named.add("42");
        assertThat(scan.unreadable()).extracting(UnreadableKey::storedId).containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    void aScanDuringASixteenThreadClaimStormSeesEveryKeyThatStayedInStockExactlyOnce() throws Exception {
        LicenseKeyRepository keys = MONGO.freshPersistence().licenseKeys();
        int stock = 3_000;
        int mostClaims = 2_000;
        keys.insertAll(TestKeys.inStock(0, stock, LicenseTypeCode.WEEKLY, T0));
        AtomicInteger orders = new AtomicInteger();
        AtomicBoolean scanned = new AtomicBoolean();
        CountDownLatch claimsUnderWay = new CountDownLatch(100);
        Set<KeyCode> claimed = ConcurrentHashMap.newKeySet();
        List<KeyCode> seen = new ArrayList<>();
        List<Callable<KeyScan>> work = new ArrayList<>();
        for (int thread = 0; thread < 16; thread++) {
            DiscordUserId buyer = new DiscordUserId(1_000 + thread);
            work.add(() -> {
                // Claims go on for as long as the scan runs (up to two thirds of the stock).
                for (int n = orders.incrementAndGet(); n <= mostClaims && !scanned.get(); n = orders.incrementAndGet()) {
                    LicenseKey key = keys.claim(new ClaimOrder(new OrderId("storm-" + n), LicenseType.weekly(), buyer,
                            null, null), T0.plusSeconds(60)).orElseThrow();
                    assertThat(claimed.add(key.code())).as("a key handed out twice").isTrue();
                    claimsUnderWay.countDown();
                }
                return null;
            });
        }
        work.add(() -> {
            try {
                return keys.scan(KeyFilter.of(LicenseTypeCode.WEEKLY, KeyStatus.AVAILABLE), key -> {
                    if (seen.isEmpty()) {
                        // The storm is well under way before the scan reads on.
                        awaitQuietly(claimsUnderWay);
                    }
                    seen.add(key.code());
                });
            } finally {
                scanned.set(true);
            }
        });

        KeyScan scan = Race.all(work).get(16);

        Set<KeyCode> stayed = new HashSet<>(TestKeys.codes(0, stock));
        stayed.removeAll(claimed);
        assertThat(claimed).hasSizeGreaterThanOrEqualTo(100);
        assertThat(seen).doesNotHaveDuplicates().containsAll(stayed);
        assertThat(scan.keys()).isEqualTo(seen.size());
        assertThat(scan.complete()).isTrue();
        assertThat(keys.countAvailable(LicenseTypeCode.WEEKLY)).isEqualTo(stayed.size());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).as("claims started").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
