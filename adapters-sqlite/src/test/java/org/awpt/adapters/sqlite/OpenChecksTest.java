package org.awpt.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.KeyFilter;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store refuses, with one line naming the file, every file that would lose data if used: damaged,
 * truncated, empty, foreign, newer, read-only; and it never touches the file it refuses.
 */
class OpenChecksTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final int KEYS = 3_001;

    @TempDir
    Path temp;

    private SqliteSettings settings() {
        return SqliteSettings.defaults(temp.resolve("data"));
    }

    private SqlitePersistence open() {
        return SqlitePersistence.open(settings(), LicenseTypeCatalog.defaults(), Clock.systemUTC());
    }

    /** A shop of {@value #KEYS} keys, closed (the WAL checkpointed into the file). */
    private Path shop() {
        try (SqlitePersistence persistence = open()) {
            persistence.licenseKeys().insertAll(TestKeys.inStock(0, KEYS, LicenseType.weekly().code(), T0));
            return persistence.databaseFile();
        }
    }

    private void assertRefused(String expected) {
        Path file = settings().databaseFile().toAbsolutePath().normalize();
        assertThatThrownBy(this::open)
                .isInstanceOf(SqliteStoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aNewShopIsCreatedInAPrivateFolderAsAPrivateFileAndReopens() throws IOException {
        Path file = shop();

        assertThat(file).isEqualTo(temp.resolve("data").resolve("awpt.db").toAbsolutePath().normalize());
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("awpt.db");
        }
        try (SqlitePersistence reopened = SqlitePersistence.openExisting(settings(), LicenseTypeCatalog.defaults(),
                Clock.systemUTC())) {
            assertThat(reopened.licenseKeys().count(KeyFilter.ALL)).isEqualTo(KEYS);
        }
    }

    @Test
    void openExistingRefusesAMissingFileAndCreatesNothing() {
        assertThatThrownBy(() -> SqlitePersistence.openExisting(settings(), LicenseTypeCatalog.defaults(),
                Clock.systemUTC()))
                .isInstanceOf(SqliteStoreException.class)
                .hasMessageContaining("awpt.db")
                .hasMessageContaining("no such file");
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void aFileWithBytesOverwrittenInTheMiddleIsRefusedAndLeftAsItWas() throws IOException {
        Path file = shop();
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[8_192];
            Arrays.fill(garbage, (byte) 0x5A);
            raw.seek(raw.length() / 2 / 4096 * 4096);
            raw.write(garbage);
        }
        byte[] before = Files.readAllBytes(file);

        assertRefused("damaged");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileTruncatedToHalfIsRefusedAndLeftAsItWas() throws IOException {
        Path file = shop();
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.setLength(raw.length() / 2);
        }
        byte[] before = Files.readAllBytes(file);

        assertRefused("damaged");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anEmptyFileIsNotTakenForANewShop() throws IOException {
        Path file = shop();
        Files.write(file, new byte[0]);

        assertRefused("empty (0 bytes)");

        assertThat(Files.size(file)).isZero();
    }

    @Test
    void anSqliteFileWithoutTheShopsSchemaIsNotTakenForANewShop() throws Exception {
        Path file = settings().databaseFile();
        Files.createDirectories(file.getParent());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE something_else (x)");
        }

        assertRefused("without AWPT's schema");
    }

    @Test
    void aFileThatIsNoDatabaseIsRefused() throws IOException {
        Path file = settings().databaseFile();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "key,type\nAAAA,weekly\n");

        assertRefused("not an SQLite database");
    }

    @Test
    void aFileOfANewerSchemaIsRefused() throws Exception {
        Path file = shop();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', "
                    + "'V99__future.sql', 0, 'test', 0, 1)");
        }

        assertRefused("newer AWPT (schema version 99");
    }

    @Test
    void anImmutableFileIsRefusedAtOpenNotAtTheFirstSale() throws Exception {
        Path file = shop();
        assumeTrue(chattr("+i", file), "chattr +i works here (root bypasses chmod, not the immutable flag)");
        try {
            byte[] before = Files.readAllBytes(file);

            assertRefused("read-only");

            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        } finally {
            chattr("-i", file);
        }
    }

    @Test
    void anImmutableFolderIsRefusedAtOpen() throws Exception {
        Path file = shop();
        assumeTrue(chattr("+i", file.getParent()), "chattr +i works here");
        try {
            assertRefused("read-only");
        } finally {
            chattr("-i", file.getParent());
        }
    }

    @Test
    void aBackupRefusesAnExistingTarget() throws IOException {
        shop();
        Path target = Files.writeString(temp.resolve("precious.txt"), "keep me");
        try (SqlitePersistence persistence = open()) {
            assertThatThrownBy(() -> persistence.backupTo(target))
                    .isInstanceOf(SqliteStoreException.class)
                    .hasMessageContaining("exists already");
        }
        assertThat(target).hasContent("keep me");
    }

    static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
        Process chattr = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
        chattr.getInputStream().readAllBytes();
        return chattr.waitFor(30, TimeUnit.SECONDS) && chattr.exitValue() == 0;
    }
}
