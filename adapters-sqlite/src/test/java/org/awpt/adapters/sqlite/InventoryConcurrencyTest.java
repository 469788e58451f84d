package org.awpt.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awpt.adapters.sqlite.ClaimStorm.Claimed;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.KeyScan;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.DiscordUserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Sixteen threads claiming at once on one file: exact counts, no key in two hands, scans and backups meanwhile. */
class InventoryConcurrencyTest {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.create();

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final int THREADS = 16;

    @TempDir
    Path temp;

    @Test
    void sixteenThreadsEmptyingTheStockHandOutEveryKeyExactlyOnce() throws Exception {
        LicenseKeyRepository keys = STORE.fresh().licenseKeys();
        List<LicenseKey> stock = TestKeys.inStock(0, 1_500, LicenseType.weekly().code(), T0);
        assertThat(keys.insertAll(stock).inserted()).isEqualTo(1_500);

        List<Claimed> claimed;
        try (ClaimStorm storm = ClaimStorm.start(keys, THREADS, Integer.MAX_VALUE, "o-", T0.plusSeconds(60))) {
            claimed = storm.await();
        }

        assertThat(claimed).extracting(Claimed::code).hasSize(1_500).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(stock.stream().map(LicenseKey::code).toList());
        assertThat(keys.countAvailable(LicenseType.weekly().code())).isZero();
        assertThat(keys.countByTypeAndStatus()).isEqualTo(Map.of(LicenseType.weekly().code(),
                Map.of(KeyStatus.USED, 1_500L)));
        for (Claimed claim : claimed.subList(0, 50)) {
            assertThat(keys.findByOrder(new OrderId(claim.order())).orElseThrow().code()).isEqualTo(claim.code());
        }
    }

    @Test
    void sixteenThreadsClaimingForOneOrderGetOneKeyBetweenThem() throws Exception {
        LicenseKeyRepository keys = STORE.fresh().licenseKeys();
        keys.insertAll(TestKeys.inStock(0, 100, LicenseType.weekly().code(), T0));
        ClaimOrder order = new ClaimOrder(new OrderId("same-order"), LicenseType.weekly(), new DiscordUserId(7), null,
                null);
        List<CompletableFuture<LicenseKey>> claims = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            claims.add(CompletableFuture.supplyAsync(() -> keys.claim(order, T0.plusSeconds(60)).orElseThrow()));
        }

        Set<KeyCode> codes = new HashSet<>();
        for (CompletableFuture<LicenseKey> claim : claims) {
            codes.add(claim.get(120, TimeUnit.SECONDS).code());
        }

        assertThat(codes).hasSize(1);
        assertThat(keys.countAvailable(LicenseType.weekly().code())).isEqualTo(99);
    }

    @Test
    void aScanDuringAClaimStormSeesEveryKeyThatStayedInStockExactlyOnce() throws Exception {
        LicenseKeyRepository keys = STORE.fresh().licenseKeys();
        keys.insertAll(TestKeys.inStock(0, 3_000, LicenseType.weekly().code(), T0));
        List<KeyCode> seen = new ArrayList<>();
        List<Claimed> claimed;
        KeyScan scan;

        try (ClaimStorm storm = ClaimStorm.start(keys, THREADS, 1_000, "scan-", T0.plusSeconds(60))) {
            scan = keys.scan(KeyFilter.of(LicenseType.weekly().code(), KeyStatus.AVAILABLE), key -> seen.add(key.code()));
            claimed = storm.await();
        }

        assertThat(claimed).hasSize(1_000);
        assertThat(scan.complete()).isTrue();
        assertThat(scan.keys()).isEqualTo(seen.size());
        assertThat(seen).doesNotHaveDuplicates();
        Set<KeyCode> stillInStock = new HashSet<>();
        keys.scan(KeyFilter.of(null, KeyStatus.AVAILABLE), key -> stillInStock.add(key.code()));
        assertThat(stillInStock).hasSize(2_000);
        assertThat(seen).containsAll(stillInStock);
    }

    @Test
    void aScanReportsARowItCannotReadByItsIdAndHandsOverTheRest() throws Exception {
        SqlitePersistence persistence = STORE.fresh();
        LicenseKeyRepository keys = persistence.licenseKeys();
        keys.insertAll(TestKeys.inStock(0, 3_001, LicenseType.weekly().code(), T0));
        long rowId;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + persistence.databaseFile());
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            statement.execute("UPDATE license_keys SET status = 'lost' WHERE id = (SELECT id FROM license_keys "
                    + "ORDER BY id LIMIT 1 OFFSET 1000)");
            try (ResultSet row = statement.executeQuery("SELECT id FROM license_keys WHERE status = 'lost'")) {
                rowId = row.getLong(1);
            }
        }
        List<LicenseKey> handed = new ArrayList<>();

        KeyScan scan = keys.scan(KeyFilter.ALL, handed::add);

        assertThat(scan.keys()).isEqualTo(3_000);
        assertThat(handed).hasSize(3_000);
        assertThat(scan.complete()).isFalse();
        assertThat(scan.unreadable()).hasSize(1);
        assertThat(scan.unreadable().get(0).storedId()).isEqualTo(Long.toString(rowId));
        assertThat(scan.unreadable().get(0).reason()).doesNotContain(TestKeys.code(1000).value());
    }

    @Test
    void aBackupTakenDuringAClaimStormOpensAndIsConsistent() throws Exception {
        SqlitePersistence persistence = STORE.fresh();
        LicenseKeyRepository keys = persistence.licenseKeys();
        keys.insertAll(TestKeys.inStock(0, 3_000, LicenseType.weekly().code(), T0));
        Path copy = temp.resolve("backup").resolve("awpt.db");
        java.nio.file.Files.createDirectories(copy.getParent());

        try (ClaimStorm storm = ClaimStorm.start(keys, THREADS, 1_000, "backup-", T0.plusSeconds(60))) {
            persistence.backupTo(copy);
            assertThat(storm.await()).hasSize(1_000);
        }

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
                Statement statement = connection.createStatement()) {
            try (ResultSet check = statement.executeQuery("PRAGMA quick_check")) {
                assertThat(check.getString(1)).isEqualTo("ok");
            }
            try (ResultSet counts = statement.executeQuery("SELECT count(*), sum(status = 'available'), "
                    + "sum(status = 'used'), count(DISTINCT order_id), count(DISTINCT code) FROM license_keys")) {
                long used = counts.getLong(3);
                assertThat(counts.getLong(1)).isEqualTo(3_000);
                assertThat(counts.getLong(2) + used).isEqualTo(3_000);
                assertThat(counts.getLong(4)).as("one order per used key").isEqualTo(used);
                assertThat(counts.getLong(5)).isEqualTo(3_000);
            }
        }
        try (SqlitePersistence restored = SqlitePersistence.openExisting(SqliteSettings.defaults(copy.getParent()),
                LicenseTypeCatalog.defaults(), Clock.systemUTC())) {
            assertThat(restored.licenseKeys().count(KeyFilter.ALL)).isEqualTo(3_000);
        }
    }
}
