package org.awpt.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.KeyFilter;
import org.awpt.domain.license.LicenseType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code dataVersion()} moves when anyone else committed, and stays put while nobody writes. */
class DataVersionTest {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.create();

    @Test
    void theDataVersionChangesWhenAnotherConnectionCommitsAndOnlyThen() throws Exception {
        SqlitePersistence persistence = STORE.fresh();
        long before = persistence.dataVersion();
        persistence.licenseKeys().count(KeyFilter.ALL);
        assertThat(persistence.dataVersion()).as("reads change nothing").isEqualTo(before);

        persistence.licenseKeys().insertAll(TestKeys.inStock(0, 3, LicenseType.weekly().code(),
                Instant.parse("2026-01-05T10:00:00Z")));
        long afterOwnWrite = persistence.dataVersion();
        assertThat(afterOwnWrite).as("this store's writer is another connection").isNotEqualTo(before);

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + persistence.databaseFile());
                Statement statement = other.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            statement.execute("UPDATE license_keys SET status = 'revoked', revoked_at = 0 WHERE id = "
                    + "(SELECT min(id) FROM license_keys)");
        }
        assertThat(persistence.dataVersion()).as("another process's commit").isNotEqualTo(afterOwnWrite);
    }
}
