package org.awpt.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The indexes the invariants rest on are created at start-up; a database that breaks them fails the start clearly. */
class IndexesTest {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

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
    void startUpCreatesTheIndexClaimsAndCountsUseAndDropsTheRedundantOnesOfEarlierBuilds() {
        String database = "awpt_retired_" + ProcessHandle.current().pid();
        MongoCollection<Document> licensekeys = MONGO.client().getDatabase(database).getCollection("licensekeys");
        licensekeys.createIndex(Indexes.ascending("key", "status"), new IndexOptions().unique(true));
        licensekeys.createIndex(Indexes.ascending("key", "rev"), new IndexOptions().unique(true));
        try {
            MongoPersistence.onClient(MONGO.client(), database, LicenseTypeCatalog.defaults(), MongoTestServer.CLOCK);

            List<String> names = licensekeys.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>());
            assertThat(names).doesNotContain("key_1_status_1", "key_1_rev_1")
                    .contains("_id_", "key_1", "orderId_1", "type_1_status_1_createdAt_1");
        } finally {
            MONGO.client().getDatabase(database).drop();
        }
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
        MongoSettings settings = MongoSettings.of(MONGO.uri() + "/" + database);

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
