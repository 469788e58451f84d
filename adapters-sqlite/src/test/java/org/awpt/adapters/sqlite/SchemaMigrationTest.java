package org.awpt.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.KeyFilter;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.request.RequestId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of an older schema is brought up to date on open; the key counts then follow every change, by hand too. */
class SchemaMigrationTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @TempDir
    Path temp;

    @Test
    void aVersionOneFileGetsItsKeyCountsOnOpenAndTheyFollowEveryChange() throws Exception {
        Path file = temp.resolve("data").resolve("awpt.db");
        Files.createDirectories(file.getParent());
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations(SchemaMigrations.LOCATION)
                .target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (int i = 0; i < 5; i++) {
                statement.execute("INSERT INTO license_keys (code, type, status, created_at) VALUES ('"
                        + TestKeys.code(i).value() + "', 'weekly', 'available', " + T0.toEpochMilli() + ")");
            }
        }

        try (SqlitePersistence persistence = SqlitePersistence.openExisting(SqliteSettings.defaults(file.getParent()),
                LicenseTypeCatalog.defaults(), Clock.systemUTC())) {
            var keys = persistence.licenseKeys();
            assertThat(keys.countAvailable(LicenseType.weekly().code())).isEqualTo(5);
            keys.claim(new ClaimOrder(new OrderId("o-1"), LicenseType.weekly(), new DiscordUserId(7), null, null), T0);
            keys.insertAll(TestKeys.inStock(10, 2, LicenseType.monthly().code(), T0));
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 10000");
                statement.execute("DELETE FROM license_keys WHERE code = '" + TestKeys.code(10).value() + "'");
                statement.execute("UPDATE license_keys SET status = 'revoked', revoked_at = 0 WHERE code = '"
                        + TestKeys.code(1).value() + "'");
            }

            assertThat(keys.countByTypeAndStatus()).isEqualTo(Map.of(
                    LicenseType.weekly().code(), Map.of(KeyStatus.AVAILABLE, 3L, KeyStatus.USED, 1L, KeyStatus.REVOKED, 1L),
                    LicenseType.monthly().code(), Map.of(KeyStatus.AVAILABLE, 1L)));
            assertThat(keys.count(KeyFilter.ALL)).isEqualTo(6);
            long[] scanned = {0};
            keys.scan(KeyFilter.ALL, (LicenseKey key) -> scanned[0]++);
            assertThat(scanned[0]).isEqualTo(6);
        }
    }

    @Test
    void aVersionTwoFilesRequestCodesSeparatedByCommasAreReadAfterTheOpen() throws Exception {
        Path file = temp.resolve("data").resolve("awpt.db");
        Files.createDirectories(file.getParent());
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations(SchemaMigrations.LOCATION)
                .target("2").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO key_requests (id, requester, type, codes, reason, status, requested_at, version)"
                    + " VALUES ('request-old', '42', 'weekly', '" + TestKeys.code(1).value() + "," + TestKeys.code(2).value()
                    + "', 'old', 'pending', " + T0.toEpochMilli() + ", 0)");
        }

        try (SqlitePersistence persistence = SqlitePersistence.openExisting(SqliteSettings.defaults(file.getParent()),
                LicenseTypeCatalog.defaults(), Clock.systemUTC())) {
            assertThat(persistence.keyRequests().find(new RequestId("request-old")).orElseThrow().keys())
                    .containsExactly(TestKeys.code(1), TestKeys.code(2));
        }
    }

    @Test
    void aVersionFourFilesOpenTicketCountsItsIdlenessFromItsOpeningAfterTheOpen() throws Exception {
        Path file = temp.resolve("data").resolve("awpt.db");
        Files.createDirectories(file.getParent());
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations(SchemaMigrations.LOCATION)
                .target("4").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO purchase_tickets (channel_id, guild_id, buyer, opened_at) VALUES"
                    + " ('100', '900', '42', " + T0.toEpochMilli() + ")");
        }

        try (SqlitePersistence persistence = SqlitePersistence.openExisting(SqliteSettings.defaults(file.getParent()),
                LicenseTypeCatalog.defaults(), Clock.systemUTC())) {
            var ticket = persistence.purchaseTickets().find("100").orElseThrow();
            assertThat(ticket.lastActivityAt()).isEqualTo(T0);
            assertThat(ticket.deliveredAt()).isNull();
            assertThat(ticket.warnedAt()).isNull();
            assertThat(ticket.channelDeleteAt()).isNull();
            assertThat(persistence.purchaseTickets().allOpen()).containsExactly(ticket);
        }
    }

    @Test
    void theVersionTheOpenCheckExpectsIsTheNewestMigration() {
        Path file = temp.resolve("probe.db");
        var migrations = Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                .locations(SchemaMigrations.LOCATION).load().info().all();

        assertThat(migrations[migrations.length - 1].getVersion().getVersion())
                .isEqualTo(Integer.toString(SqliteDatabase.SCHEMA_VERSION));
    }
}
