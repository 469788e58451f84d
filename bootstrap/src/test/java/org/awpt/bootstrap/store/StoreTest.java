package org.awpt.bootstrap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.awpt.application.fake.TestKeys;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.config.ConfigLoader;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which database the configuration chooses, and how each is opened. */
class StoreTest {
    @TempDir
    Path dir;

    private Store open(Map<String, String> env, Store.Opening opening) {
        AwptConfig config = new ConfigLoader(env, dir).load();
        return Store.open(config.database(), opening, config.shop().types(), Clock.systemUTC());
    }

    @Test
    void withNoDatabaseSettingTheShopRunsOnSqliteInDataAwptDb() throws IOException {
        try (Store store = open(Map.of(), Store.Opening.CREATE)) {
            assertThat(store.sqlite()).isPresent();
            assertThat(store.mongo()).isEmpty();
            assertThat(store.dataVersion()).isPresent();
            assertThat(store.describe()).isEqualTo("SQLite at " + dir.resolve("data").resolve("awpt.db"));
            store.repositories().licenseKeys().insertAll(TestKeys.inStock(0, 3, LicenseTypeCode.WEEKLY, Instant.now()));
        }
        Path file = dir.resolve("data").resolve("awpt.db");
        assertThat(file).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Store again = open(Map.of(), Store.Opening.EXISTING)) {
            assertThat(again.repositories().licenseKeys().countAvailable(LicenseTypeCode.WEEKLY)).isEqualTo(3);
        }
    }

    @Test
    void openingAnExistingDatabaseRefusesAMissingFileAndCreatesNothing() {
        assertThatThrownBy(() -> open(Map.of("AWPT_DATA_DIR", "elsewhere"), Store.Opening.EXISTING))
                .isInstanceOf(MissingDatabaseException.class)
                .hasMessageStartingWith("No database at " + dir.resolve("elsewhere").resolve("awpt.db") + ":");
        assertThat(dir.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void aMongoDbUriRunsTheShopOnMongoDbAndLeavesTheDataFolderAlone() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        try (Store store = open(Map.of("AWPT_MONGODB_URI", "mongodb://127.0.0.1:" + address.getPort() + "/shop"),
                Store.Opening.EXISTING)) {
            assertThat(store.mongo()).isPresent();
            assertThat(store.sqlite()).isEmpty();
            assertThat(store.dataVersion()).as("only SQLite is polled").isEmpty();
            assertThat(store.describe()).isEqualTo("MongoDB at mongodb://127.0.0.1:" + address.getPort()
                    + "/shop, database shop");
            store.repositories().licenseKeys().insertAll(TestKeys.inStock(0, 2, LicenseTypeCode.WEEKLY, Instant.now()));
            assertThat(store.repositories().licenseKeys().countAvailable(LicenseTypeCode.WEEKLY)).isEqualTo(2);
        } finally {
            server.shutdownNow();
        }
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
