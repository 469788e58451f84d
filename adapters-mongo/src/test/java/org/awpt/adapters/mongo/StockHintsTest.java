package org.awpt.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.OrderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Claims take candidates a process looked up earlier; keys another process sold or an admin revoked
 * meanwhile are skipped, and keys added later are found, so hints never hand a key out twice or hide
 * stock.
 */
class StockHintsTest {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.embedded();

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void keysAnotherProcessSoldAreSkippedAndKeysAddedLaterAreFound() {
        LicenseKeyRepository first = MONGO.freshPersistence().licenseKeys();
        LicenseKeyRepository second = MONGO.reopenedLast().licenseKeys();
        first.insertAll(TestKeys.inStock(0, 5, LicenseType.weekly().code(), T0));
        List<KeyCode> sold = new ArrayList<>();
        // The first process looks up all five and takes one; the second sells the other four.
        sold.add(claim(first, "a-1").orElseThrow().code());
        for (int i = 0; i < 4; i++) {
            sold.add(claim(second, "b-" + i).orElseThrow().code());
        }
        assertThat(sold).doesNotHaveDuplicates().hasSize(5);

        assertThat(claim(first, "a-2")).isEmpty();

        second.insertAll(TestKeys.inStock(5, 1, LicenseType.weekly().code(), T0));
        assertThat(claim(first, "a-3")).map(LicenseKey::code).contains(TestKeys.inStock(5, 1,
                LicenseType.weekly().code(), T0).get(0).code());
    }

    @Test
    void aRevokedCandidateIsSkippedAndAReleasedKeyIsSoldAgain() {
        LicenseKeyRepository keys = MONGO.freshPersistence(Writers.THIS_PROCESS).licenseKeys();
        List<LicenseKey> stock = TestKeys.inStock(0, 3, LicenseType.weekly().code(), T0);
        keys.insertAll(stock);
        LicenseKey firstSold = claim(keys, "o-1").orElseThrow();
        for (LicenseKey key : stock) {
            if (!key.code().equals(firstSold.code())) {
                keys.revoke(key.code(), new DiscordUserId(9), "leaked", T0);
            }
        }
        assertThat(claim(keys, "o-2")).isEmpty();

        keys.release(new OrderId("o-1"));
        assertThat(claim(keys, "o-3")).map(LicenseKey::code).contains(firstSold.code());
        assertThat(keys.countAvailable(LicenseType.weekly().code())).isZero();
    }

    private static Optional<LicenseKey> claim(LicenseKeyRepository keys, String order) {
        return keys.claim(new ClaimOrder(new OrderId(order), LicenseType.weekly(), new DiscordUserId(42), null, null),
                T0);
    }
}
