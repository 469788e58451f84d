package org.awpt.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awpt.adapters.sqlite.SqlitePersistence;
import org.awpt.adapters.sqlite.SqliteSettings;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.KeyFilter;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code awpt backup} while another connection (the bot) keeps claiming keys on the same file. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BackupCommandTest {
    private static final int KEYS = 20_000;
    private static final int CLAIMERS = 4;

    @TempDir
    Path dir;

    @Test
    void aBackupTakenDuringClaimsOpensAndIsConsistent() throws Exception {
        Instant now = Instant.now();
        List<Integer> claimedPerThread = new ArrayList<>();
        CliRun backup;
        try (SqlitePersistence bot = SqlitePersistence.open(SqliteSettings.defaults(dir.resolve("data")),
                LicenseTypeCatalog.defaults(), Clock.systemUTC())) {
            bot.licenseKeys().insertAll(TestKeys.inStock(0, KEYS, LicenseTypeCode.WEEKLY, now));
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch claiming = new CountDownLatch(CLAIMERS);
            ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
            List<Future<Integer>> claimers = new ArrayList<>();
            for (int t = 0; t < CLAIMERS; t++) {
                int thread = t;
                claimers.add(pool.submit(() -> {
                    int claimed = 0;
                    while (!stop.get()) {
                        if (bot.licenseKeys().claim(new ClaimOrder(new OrderId("backup-" + thread + "-" + claimed),
                                LicenseType.weekly(), new DiscordUserId(77), null, null), now).isEmpty()) {
                            break;
                        }
                        claimed++;
                        if (claimed == 1) {
                            claiming.countDown();
                        }
                    }
                    return claimed;
                }));
            }
            assertThat(claiming.await(60, TimeUnit.SECONDS)).as("every claimer claimed a key").isTrue();
            Files.createDirectories(dir.resolve("backups"));

            backup = CliRun.of(dir, Map.of("AWPT_DATA_DIR", dir.resolve("data").toString()), "backup", "--out",
                    "backups/awpt.db");

            stop.set(true);
            for (Future<Integer> claimer : claimers) {
                claimedPerThread.add(claimer.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
        }
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backed up").contains("backups");
        int claimedInAll = claimedPerThread.stream().mapToInt(Integer::intValue).sum();

        try (SqlitePersistence copy = SqlitePersistence.openExisting(SqliteSettings.defaults(dir.resolve("backups")),
                LicenseTypeCatalog.defaults(), Clock.systemUTC())) {
            var counts = copy.licenseKeys().countByTypeAndStatus().get(LicenseTypeCode.WEEKLY);
            long used = counts.getOrDefault(KeyStatus.USED, 0L);
            assertThat(counts.getOrDefault(KeyStatus.AVAILABLE, 0L) + used).isEqualTo(KEYS);
            assertThat(used).isBetween((long) CLAIMERS, (long) claimedInAll);
            List<LicenseKey> sold = copy.licenseKeys().list(KeyFilter.of(LicenseTypeCode.WEEKLY, KeyStatus.USED), 0,
                    (int) used + 1);
            assertThat(sold).hasSize((int) used);
            assertThat(sold).extracting(LicenseKey::orderId).doesNotContainNull().doesNotHaveDuplicates();
        }
    }
}
