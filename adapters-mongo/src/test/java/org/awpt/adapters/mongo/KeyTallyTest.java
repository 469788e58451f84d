package org.awpt.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.awpt.application.contract.Race;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The key counts the sole writer of a database keeps in memory (the embedded default) stay equal to
 * what the server counts, through concurrent claims, reservations, releases, revocations and imports.
 */
class KeyTallyTest {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.embedded();

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final LicenseTypeCode WEEKLY = LicenseType.weekly().code();
    private static final LicenseTypeCode MONTHLY = LicenseType.monthly().code();

    @Test
    void theTallyEqualsTheServersCountAfterSixteenThreadsChangedTheInventory() throws Exception {
        MongoPersistence persistence = MONGO.freshPersistence(Writers.THIS_PROCESS);
        LicenseKeyRepository keys = persistence.licenseKeys();
        keys.insertAll(TestKeys.inStock(0, 600, WEEKLY, T0));
        keys.insertAll(TestKeys.inStock(600, 400, MONTHLY, T0));
        assertThat(keys.countByTypeAndStatus().get(WEEKLY)).containsEntry(KeyStatus.AVAILABLE, 600L);

        List<Callable<Integer>> clerks = new ArrayList<>();
        for (int thread = 0; thread < 16; thread++) {
            int t = thread;
            clerks.add(() -> {
                int done = 0;
                for (int i = 0; i < 40; i++) {
                    OrderId order = new OrderId("o-" + t + "-" + i);
                    LicenseType type = i % 3 == 0 ? LicenseType.monthly() : LicenseType.weekly();
                    Optional<LicenseKey> key = i % 7 == 0
                            ? keys.reserve(order, type.code(), new DiscordUserId(500 + t), T0)
                            : keys.claim(new ClaimOrder(order, type, new DiscordUserId(100 + t), null, null), T0);
                    if (key.isEmpty()) {
                        continue;
                    }
                    done++;
                    if (i % 5 == 0) {
                        keys.release(order);
                    } else if (i % 11 == 0) {
                        keys.revoke(key.get().code(), new DiscordUserId(9), "chargeback", T0);
                    } else if (i % 7 == 0) {
                        keys.approveReservation(order, new DiscordUserId(9), T0);
                    }
                    // A retried claim for the same order changes nothing.
                    keys.claim(new ClaimOrder(order, type, new DiscordUserId(100 + t), null, null), T0);
                }
                // Half of each import is already there.
                keys.insertAll(TestKeys.inStock(1_000 + t * 10, 20, WEEKLY, T0));
                return done;
            });
        }
        assertThat(Race.all(clerks).stream().mapToInt(Integer::intValue).sum()).isEqualTo(16 * 40);

        Map<LicenseTypeCode, Map<KeyStatus, Long>> tallied = keys.countByTypeAndStatus();
        LicenseKeyRepository counted = MONGO.reopenedLast().licenseKeys();
        assertThat(tallied).isEqualTo(counted.countByTypeAndStatus());
        assertThat(tallied.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum())
                .isEqualTo(1_000 + 16 * 10 + 10);
        for (KeyStatus status : KeyStatus.values()) {
            assertThat(keys.count(KeyFilter.of(WEEKLY, status))).isEqualTo(counted.count(KeyFilter.of(WEEKLY, status)));
            assertThat(keys.count(KeyFilter.of(null, status))).isEqualTo(counted.count(KeyFilter.of(null, status)));
        }
        assertThat(keys.countAvailable(MONTHLY)).isEqualTo(counted.countAvailable(MONTHLY));
        assertThat(keys.count(KeyFilter.ALL)).isEqualTo(counted.count(KeyFilter.ALL));
    }

    @Test
    void theTallyIsWhatTheSoleWriterWroteAndIsSeededAgainAfterARestart() {
        MongoPersistence persistence = MONGO.freshPersistence(Writers.THIS_PROCESS);
        LicenseKeyRepository keys = persistence.licenseKeys();
        keys.insertAll(TestKeys.inStock(0, 5, WEEKLY, T0));
        assertThat(keys.countAvailable(WEEKLY)).isEqualTo(5);

        // Written behind the sole writer's back: why only the embedded server, which nothing else can
        // reach, keeps a tally.
        MONGO.client().getDatabase(databaseOf(persistence)).getCollection("licensekeys").insertOne(
                new Document("key", "BehindTheBack00000000000000000001").append("type", "weekly")
                        .append("status", "available").append("createdAt", new java.util.Date()).append("__v", 0));
        assertThat(keys.countAvailable(WEEKLY)).isEqualTo(5);
        keys.claim(new ClaimOrder(new OrderId("o-1"), LicenseType.weekly(), new DiscordUserId(1), null, null), T0);
        assertThat(keys.countAvailable(WEEKLY)).isEqualTo(4);

        MongoPersistence restarted = MongoPersistence.onClient(MONGO.client(), databaseOf(persistence),
                org.awpt.domain.license.LicenseTypeCatalog.defaults(), MongoTestServer.CLOCK, Writers.THIS_PROCESS);
        try {
            assertThat(restarted.licenseKeys().countAvailable(WEEKLY)).isEqualTo(5);
            assertThat(restarted.licenseKeys().count(KeyFilter.of(WEEKLY, KeyStatus.USED))).isEqualTo(1);
        } finally {
            restarted.close();
        }
    }

    private static String databaseOf(MongoPersistence persistence) {
        return persistence.databaseName();
    }
}
