package org.awpt.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.KeyFilter;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Connecting: a URI names the server and maybe the database; a server that is not there fails once, clearly. */
class ConnectTest {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void theDatabaseTheUriNamesKeepsTheShopAcrossRestarts() {
        String database = "awpt_connect_" + ProcessHandle.current().pid();
        try {
            try (MongoPersistence first = connect(MongoSettings.of(MONGO.uri() + "/" + database))) {
                assertThat(first.databaseName()).isEqualTo(database);
                first.licenseKeys().insertAll(TestKeys.inStock(0, 25, LicenseTypeCode.WEEKLY, T0));
            }
            try (MongoPersistence second = connect(MongoSettings.of(MONGO.uri() + "/" + database))) {
                assertThat(second.licenseKeys().count(KeyFilter.ALL)).isEqualTo(25);
                assertThat(second.licenseKeys().findByCode(TestKeys.code(7))).isPresent();
            }
        } finally {
            MONGO.client().getDatabase(database).drop();
        }
    }

    @Test
    void aUriWithoutDatabaseUsesTheSettingsOneAndTellsWhereTheOriginalsKeysLie() {
        String original = "test_" + ProcessHandle.current().pid();
        String ours = "awpt_other_" + ProcessHandle.current().pid();
        MONGO.client().getDatabase(original).getCollection("licensekeys")
                .insertOne(new Document("key", "AbCdEfGhIjKlMnOpQrStUvWxYz012345").append("status", "available"));
        try (MongoPersistence persistence = connect(new MongoSettings(MONGO.uri(), ours, null))) {
            assertThat(persistence.databaseName()).isEqualTo(ours);
            assertThat(persistence.otherDatabasesHoldingLicenseKeys()).containsExactly(original);
            assertThat(MongoPersistence.databasesHoldingLicenseKeys(MONGO.client())).containsExactly(original);

            persistence.licenseKeys().insertAll(TestKeys.inStock(0, 1, LicenseTypeCode.WEEKLY, T0));

            assertThat(MongoPersistence.databasesHoldingLicenseKeys(MONGO.client())).containsExactly(ours, original);
            assertThat(persistence.otherDatabasesHoldingLicenseKeys()).containsExactly(original);
        } finally {
            MONGO.client().getDatabase(original).drop();
            MONGO.client().getDatabase(ours).drop();
        }
    }

    @Test
    void anUnreachableServerFailsOnceWithinTheTimeoutNamingItsUriWithoutThePassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String uri = "mongodb://shop:s3cr3t-pa55@127.0.0.1:" + closedPort + "/licenses";
        MongoSettings settings = new MongoSettings(uri, null, Duration.ofMillis(500));
        long start = System.nanoTime();

        assertThatThrownBy(() -> connect(settings))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("mongodb://shop:****@127.0.0.1:" + closedPort + "/licenses")
                .hasMessageContaining("Check that the server is running")
                .hasMessageNotContaining("s3cr3t-pa55");
        // Half a second asked; generous for a busy machine, far below a retry per component (153 s before).
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aMalformedUriFailsWithoutShowingThePassword() {
        assertThatThrownBy(() -> connect(MongoSettings.of("mongodb://shop:s3cr3t@")))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("is not valid")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void passwordsAreRedactedWhereverTheUriHoldsThem() {
        assertThat(Uris.redact("mongodb+srv://user:p%40ss@cluster0.example.net/shop?retryWrites=true"))
                .isEqualTo("mongodb+srv://user:****@cluster0.example.net/shop?retryWrites=true");
        assertThat(Uris.redact("mongodb://host:27017/?authSource=admin&password=secret&w=1"))
                .isEqualTo("mongodb://host:27017/?authSource=admin&password=****&w=1");
        assertThat(Uris.redact("mongodb://127.0.0.1:27017")).isEqualTo("mongodb://127.0.0.1:27017");
    }

    @Test
    void settingsNeedAUriAndDefaultTheRest() {
        MongoSettings settings = new MongoSettings(" mongodb://h ", " ", null);

        assertThat(settings.uri()).isEqualTo("mongodb://h");
        assertThat(settings.database()).isEqualTo(MongoSettings.DEFAULT_DATABASE).isEqualTo("awpt");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(MongoSettings.of("mongodb://h")).isEqualTo(new MongoSettings("mongodb://h", "awpt",
                Duration.ofSeconds(10)));
        assertThatThrownBy(() -> new MongoSettings("  ", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MongoSettings(null, null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MongoSettings("mongodb://h", null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MongoPersistence connect(MongoSettings settings) {
        return MongoPersistence.connect(settings, LicenseTypeCatalog.defaults(), MongoTestServer.CLOCK);
    }
}
