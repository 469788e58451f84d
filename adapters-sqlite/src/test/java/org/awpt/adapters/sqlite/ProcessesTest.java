package org.awpt.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awpt.adapters.sqlite.ClaimStorm.Claimed;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.OrderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Other processes on the same file: killed with SIGKILL mid-import and mid-claim-storm (every
 * acknowledged write is there, the file opens and is consistent), importing while this process claims,
 * and running out of file space (the refusal is one line, nothing unacknowledged is kept half-written).
 */
class ProcessesTest {
    private static final int BATCH = 250;

    @TempDir
    Path temp;

    private SqliteSettings settings() {
        return SqliteSettings.defaults(temp.resolve("data"));
    }

    private SqlitePersistence open() {
        return SqlitePersistence.open(settings(), LicenseTypeCatalog.defaults(), Clock.systemUTC());
    }

    @Test
    void aProcessKilledDuringAnImportKeptEveryAcknowledgedBatchAndNothingHalfDone() throws Exception {
        open().close();
        List<int[]> acknowledged = new ArrayList<>();
        try (ChildProcess child = ChildProcess.start("import", temp.resolve("data").toString(), "0", "1000000",
                Integer.toString(BATCH))) {
            for (int i = 0; i < 20; i++) {
                assertThat(child.awaitLine("ACK ")).as("the child keeps importing").isNotNull();
            }
            child.kill();
            for (String line : child.allLines()) {
                if (line.startsWith("ACK ")) {
                    String[] parts = line.split(" ");
                    acknowledged.add(new int[] {Integer.parseInt(parts[1]), Integer.parseInt(parts[2])});
                }
            }
        }

        try (SqlitePersistence reopened = open()) {
            LicenseKeyRepository keys = reopened.licenseKeys();
            for (int[] batch : acknowledged) {
                assertThat(keys.findByCode(SqliteChild.code(batch[0]))).isPresent();
                assertThat(keys.findByCode(SqliteChild.code(batch[1]))).isPresent();
            }
            long count = keys.count(KeyFilter.ALL);
            assertThat(count).isGreaterThanOrEqualTo((long) acknowledged.size() * BATCH);
            assertThat(count % BATCH).as("batches are all or nothing").isZero();
            assertThat(keys.scan(KeyFilter.ALL, key -> { }).keys()).isEqualTo(count);
            assertThat(keys.countByTypeAndStatus()).isEqualTo(Map.of(LicenseType.weekly().code(),
                    Map.of(KeyStatus.AVAILABLE, count)));
        }
    }

    @Test
    void aProcessKilledDuringASixteenThreadClaimStormKeptEveryAcknowledgedClaim() throws Exception {
        try (SqlitePersistence persistence = open()) {
            persistence.licenseKeys().insertAll(TestKeys.inStock(0, 3_000, LicenseType.weekly().code(), SqliteChild.T0));
        }
        Map<String, String> acknowledged = new HashMap<>();
        try (ChildProcess child = ChildProcess.start("claim", temp.resolve("data").toString(), "16")) {
            for (int i = 0; i < 300; i++) {
                assertThat(child.awaitLine("ACK ")).as("the child keeps claiming").isNotNull();
            }
            child.kill();
            for (String line : child.allLines()) {
                if (line.startsWith("ACK ")) {
                    String[] parts = line.split(" ");
                    assertThat(acknowledged.put(parts[1], parts[2])).isNull();
                }
            }
        }

        assertThat(acknowledged.values()).doesNotHaveDuplicates();
        try (SqlitePersistence reopened = open()) {
            LicenseKeyRepository keys = reopened.licenseKeys();
            acknowledged.forEach((order, code) ->
                    assertThat(keys.findByOrder(new OrderId(order)).orElseThrow().code().value()).isEqualTo(code));
            long used = keys.count(KeyFilter.of(null, KeyStatus.USED));
            assertThat(used).isGreaterThanOrEqualTo(acknowledged.size());
            assertThat(used + keys.count(KeyFilter.of(null, KeyStatus.AVAILABLE))).isEqualTo(3_000);
            assertOneOrderPerUsedKey(reopened.databaseFile(), used);
        }
    }

    @Test
    void anImportInAnotherProcessWhileThisOneClaimsAddsUpExactly() throws Exception {
        List<Claimed> claimed = new ArrayList<>();
        try (SqlitePersistence persistence = open()) {
            LicenseKeyRepository keys = persistence.licenseKeys();
            keys.insertAll(TestKeys.inStock(0, 1_000, LicenseType.weekly().code(), SqliteChild.T0));
            try (ChildProcess child = ChildProcess.start("import", temp.resolve("data").toString(), "0", "4000",
                    Integer.toString(BATCH))) {
                assertThat(child.awaitLine("ACK ")).isNotNull();
                int round = 0;
                boolean childDone = false;
                // Claims while the child imports; once it is done, one more storm empties the stock.
                while (!childDone || keys.countAvailable(LicenseType.weekly().code()) > 0) {
                    try (ClaimStorm storm = ClaimStorm.start(keys, 16, 500, "round-" + round++ + "-",
                            SqliteChild.T0.plusSeconds(60))) {
                        claimed.addAll(storm.await());
                    }
                    childDone = childDone || !child.isAlive();
                }
                assertThat(child.waitFor()).isZero();
                assertThat(child.allLines()).contains("DONE");
            }

            assertThat(claimed).extracting(Claimed::code).doesNotHaveDuplicates().hasSize(5_000);
            assertThat(keys.count(KeyFilter.of(null, KeyStatus.USED))).isEqualTo(5_000);
            assertThat(keys.count(KeyFilter.ALL)).isEqualTo(5_000);
            assertOneOrderPerUsedKey(persistence.databaseFile(), 5_000);
        }
    }

    @Test
    void aFullDiskRefusesTheWriteWithOneLineAndKeepsEveryAcknowledgedOne() throws Exception {
        try (SqlitePersistence persistence = open()) {
            persistence.licenseKeys().insertAll(TestKeys.inStock(0, 1_000, LicenseType.weekly().code(), SqliteChild.T0));
        }
        Path file = settings().databaseFile();
        long limitKib = Files.size(file) / 1024 + 600;
        List<String> lines;
        int exit;
        try (ChildProcess child = ChildProcess.start(limitKib, "import", temp.resolve("data").toString(), "0",
                "100000", Integer.toString(BATCH))) {
            exit = child.waitFor();
            lines = child.allLines();
        }

        assertThat(exit).as("the child's output: %s", lines).isEqualTo(3);
        List<String> refusals = lines.stream().filter(line -> line.startsWith("REFUSED ")).toList();
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0)).contains(file.toAbsolutePath().normalize().toString()).contains("nothing was written");
        long acknowledged = lines.stream().filter(line -> line.startsWith("ACK ")).count();
        assertThat(acknowledged).isPositive();
        try (SqlitePersistence reopened = open()) {
            LicenseKeyRepository keys = reopened.licenseKeys();
            assertThat(keys.count(KeyFilter.ALL)).isEqualTo(1_000 + acknowledged * BATCH);
            assertThat(keys.findByCode(SqliteChild.code((int) acknowledged * BATCH))).as("the refused batch").isEmpty();
        }
    }

    private static void assertOneOrderPerUsedKey(Path file, long used) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet counts = statement.executeQuery("SELECT count(DISTINCT order_id), count(*) FROM license_keys "
                        + "WHERE status = 'used'")) {
            assertThat(counts.getLong(1)).isEqualTo(used);
            assertThat(counts.getLong(2)).isEqualTo(used);
        }
    }
}
