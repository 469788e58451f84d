package org.awpt.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.awpt.application.contract.Race;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.OrderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many buyers emptying the inventory at once on the memory backend: every key goes out exactly once. */
class InventoryConcurrencyTest {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void thirtyTwoThreadsClaimingFromAThousandKeysHandOutExactlyTheThousandOnce() throws Exception {
        LicenseKeyRepository keys = MONGO.freshPersistence().licenseKeys();
        List<LicenseKey> stock = TestKeys.inStock(0, 1_000, LicenseType.weekly().code(), T0);
        assertThat(keys.insertAll(stock).inserted()).isEqualTo(1_000);
        AtomicInteger orders = new AtomicInteger();
        List<Callable<List<KeyCode>>> buyers = new ArrayList<>();
        for (int thread = 0; thread < 32; thread++) {
            DiscordUserId buyer = new DiscordUserId(1_000 + thread);
            buyers.add(() -> {
                List<KeyCode> mine = new ArrayList<>();
                while (true) {
                    ClaimOrder order = new ClaimOrder(new OrderId("o-" + orders.incrementAndGet()),
                            LicenseType.weekly(), buyer, null, null);
                    Optional<LicenseKey> key = keys.claim(order, T0.plusSeconds(60));
                    if (key.isEmpty()) {
                        return mine;
                    }
                    mine.add(key.get().code());
                }
            });
        }

        List<KeyCode> handedOut = Race.all(buyers).stream().flatMap(List::stream).toList();

        assertThat(handedOut).hasSize(1_000).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(stock.stream().map(LicenseKey::code).toList());
        assertThat(keys.countAvailable(LicenseType.weekly().code())).isZero();
        assertThat(keys.count(KeyFilter.of(null, KeyStatus.USED))).isEqualTo(1_000);
    }

    @Test
    void sixteenConcurrentChangesOfOneKeyAreAllKeptByTheRevisionCheck() throws Exception {
        LicenseKeyRepository keys = MONGO.freshPersistence().licenseKeys();
        keys.insertAll(TestKeys.inStock(0, 1, LicenseType.weekly().code(), T0));
        LicenseKey sold = keys.claim(new ClaimOrder(new OrderId("o-1"), LicenseType.weekly(), new DiscordUserId(7),
                null, null), T0).orElseThrow();
        List<Callable<LicenseKey>> failures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Instant at = T0.plusSeconds(i + 1);
            failures.add(() -> keys.markDeliveryFailed(sold.code(), at).orElseThrow());
        }

        Race.all(failures);

        assertThat(keys.findByCode(sold.code()).orElseThrow().delivery().attempts()).isEqualTo(16);
    }
}
