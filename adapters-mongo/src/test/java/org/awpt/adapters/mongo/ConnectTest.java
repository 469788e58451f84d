package org.awpt.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.KeyFilter;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connecting: the embedded default keeps data across restarts; a server that is not there fails clearly. */
class ConnectTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void withoutAUriTheEmbeddedServerKeepsItsDataInTheDataFolderAcrossRestarts(@TempDir Path data) {
        try (MongoPersistence first = MongoPersistence.connect(MongoSettings.embedded(data),
                LicenseTypeCatalog.defaults(), MongoTestServer.CLOCK)) {
            first.licenseKeys().insertAll(TestKeys.inStock(0, 25, LicenseTypeCode.WEEKLY, T0));
        }

        try (MongoPersistence second = MongoPersistence.connect(MongoSettings.embedded(data),
                LicenseTypeCatalog.defaults(), MongoTestServer.CLOCK)) {
            assertThat(second.licenseKeys().count(KeyFilter.ALL)).isEqualTo(25);
            assertThat(second.licenseKeys().findByCode(TestKeys.code(7))).isPresent();
        }
        assertThat(data.resolve(EmbeddedMongo.FILE_NAME)).exists();
    }

    @Test
    void anUnreachableServerFailsNamingItsUriWithoutThePassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String uri = "mongodb://shop:s3cr3t-pa55@127.0.0.1:" + closedPort + "/licenses";
        MongoSettings settings = new MongoSettings(Optional.of(uri), null, Path.of("unused"), Duration.ofMillis(500));

        assertThatThrownBy(() -> MongoPersistence.connect(settings, LicenseTypeCatalog.defaults(), MongoTestServer.CLOCK))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("mongodb://shop:****@127.0.0.1:" + closedPort + "/licenses")
                .hasMessageContaining("Check that the server is running")
                .hasMessageNotContaining("s3cr3t-pa55");
    }

    @Test
    void aMalformedUriFailsWithoutShowingThePassword() {
        MongoSettings settings = MongoSettings.server("mongodb://shop:s3cr3t@");

        assertThatThrownBy(() -> MongoPersistence.connect(settings, LicenseTypeCatalog.defaults(), MongoTestServer.CLOCK))
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
    void settingsWithABlankUriMeanTheEmbeddedServer() {
        MongoSettings settings = new MongoSettings(Optional.of("  "), " ", Path.of("data"), null);

        assertThat(settings.isEmbedded()).isTrue();
        assertThat(settings.database()).isEqualTo(MongoSettings.DEFAULT_DATABASE);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(MongoSettings.server("mongodb://h").isEmbedded()).isFalse();
    }
}
