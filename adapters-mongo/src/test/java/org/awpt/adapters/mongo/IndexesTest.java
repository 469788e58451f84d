package org.awpt.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The indexes the invariants rest on are created at start-up; a database that breaks them fails the start clearly. */
class IndexesTest {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.embedded();

    @Test
    void startUpCreatesTheUniqueKeyAndTheSparseUniqueOrderIndexes() {
        MongoDatabase database = MONGO.freshPersistence().datastore().getDatabase();

        List<Document> indexes = database.getCollection("licensekeys").listIndexes().into(new ArrayList<>());

        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.get("key", Document.class)).containsOnlyKeys("key");
            assertThat(index.getBoolean("unique")).isTrue();
        });
        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.get("key", Document.class)).containsOnlyKeys("orderId");
            assertThat(index.getBoolean("unique")).isTrue();
            assertThat(index.getBoolean("sparse")).isTrue();
        });
    }

    @Test
    void startUpCreatesTheUniqueIndexOfOnceMarks() {
        MongoDatabase database = MONGO.freshPersistence().datastore().getDatabase();

        List<Document> indexes = database.getCollection("once_marks").listIndexes().into(new ArrayList<>());

        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.get("key", Document.class)).containsExactly(entry("topic", 1), entry("subject", 1));
            assertThat(index.getBoolean("unique")).isTrue();
        });
    }

    @Test
    void anOldDatabaseHoldingOneCodeTwiceFailsTheStartNamingTheProblem() {
        String database = "awpt_duplicates_" + ProcessHandle.current().pid();
        MONGO.client().getDatabase(database).getCollection("licensekeys").insertMany(List.of(
                new Document("key", "DuplicateKey00000000000000000001").append("type", "weekly")
                        .append("status", "available"),
                new Document("key", "DuplicateKey00000000000000000001").append("type", "weekly")
                        .append("status", "used")));
        String uri = MONGO.client().getClusterDescription().getServerDescriptions().get(0).getAddress().toString();
        MongoSettings settings = MongoSettings.server("mongodb://" + uri + "/" + database);

        try {
            assertThatThrownBy(() -> MongoPersistence.connect(settings, LicenseTypeCatalog.defaults(),
                    MongoTestServer.CLOCK))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("refused AWPT's indexes")
                    .hasMessageContaining("Duplicate key codes in licensekeys");
        } finally {
            MONGO.client().getDatabase(database).drop();
        }
    }
}
