package org.awpt.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.adapters.mongo.embedded.EmbeddedFileServer.assertDuplicate;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.awpt.adapters.mongo.EmbeddedMongo;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server on its H2 file with the compact map types, through the driver: what is written
 * is read back after a restart, unique indexes still refuse duplicates, collections can be dropped
 * and renamed, and a file written by an earlier build is refused untouched.
 */
class CompactH2BackendTest {

    @TempDir
    Path data;

    @Test
    void everyKindOfValueIsReadBackEqualAfterARestart() {
        Document written = new Document("_id", new ObjectId("64b7f0c2a1b2c3d4e5f60718"))
                .append("key", "K7Q2-ABCD-EFGH-JKLM-NPQR-STUV-WXYZ")
                .append("int", 42).append("long", 1L << 40).append("double", 2.5)
                .append("yes", true).append("no", false).append("nothing", null)
                .append("createdAt", new Date(1_767_607_200_123L)).append("ref", new ObjectId())
                .append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("uuid", new Binary((byte) 4, new byte[16]))
                .append("legacyUuid", new Binary((byte) 3, new byte[16]))
                .append("decimal", new Decimal128(new BigDecimal("19.99")))
                .append("timestamp", new BsonTimestamp(1_767_607_200, 3))
                .append("min", new MinKey()).append("max", new MaxKey())
                .append("delivery", new Document("channel", "dm").append("attempts", List.of(1, 2L, "three")))
                .append("tags", List.of("weekly", new Document("n", 1), List.of()))
                .append("__v", 0);
        List<Document> before = new ArrayList<>();
        withServer(db -> {
            db.getCollection("licensekeys").insertOne(written);
            db.getCollection("licensekeys").find().into(before);
        });

        withServer(db -> {
            List<Document> after = db.getCollection("licensekeys").find().into(new ArrayList<>());
            assertThat(after).isEqualTo(before).hasSize(1);
            Document read = after.get(0);
            assertThat(read.get("int")).isEqualTo(42);
            assertThat(read.get("long")).isEqualTo(1L << 40);
            assertThat(read.get("createdAt")).isEqualTo(new Date(1_767_607_200_123L));
            assertThat(read.get("decimal")).isEqualTo(new Decimal128(new BigDecimal("19.99")));
            assertThat(read.get("delivery", Document.class).getList("attempts", Object.class))
                    .containsExactly(1, 2L, "three");
        });
    }

    @Test
    void uniqueIndexesStillRefuseDuplicatesAfterARestart() {
        withServer(db -> {
            MongoCollection<Document> keys = db.getCollection("licensekeys");
            keys.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            keys.createIndex(Indexes.ascending("orderId"), new IndexOptions().unique(true).sparse(true));
            keys.createIndex(Indexes.ascending("slot", "status"), new IndexOptions().unique(true));
            keys.insertOne(new Document("key", "A").append("slot", 1).append("status", "available"));
            keys.insertOne(new Document("key", "B").append("slot", 1).append("status", "used").append("orderId", "o-1"));
            keys.insertOne(new Document("key", "C").append("slot", 2).append("status", "used"));
            keys.updateOne(Filters.eq("key", "C"), Updates.set("orderId", "o-2"));
        });

        withServer(db -> {
            MongoCollection<Document> keys = db.getCollection("licensekeys");
            assertDuplicate(() -> keys.insertOne(new Document("key", "A").append("slot", 9)));
            assertDuplicate(() -> keys.insertOne(new Document("key", "D").append("orderId", "o-1")));
            assertDuplicate(() -> keys.insertOne(new Document("key", "E").append("orderId", "o-2")));
            assertDuplicate(() -> keys.insertOne(new Document("key", "F").append("slot", 1).append("status", "used")));
            assertDuplicate(() -> keys.updateOne(Filters.eq("key", "A"), Updates.set("orderId", "o-1")));

            keys.insertOne(new Document("key", "G").append("slot", 3)); // sparse: a second key without an order
            keys.insertOne(new Document("key", "H").append("slot", 2).append("status", "available"));
            keys.deleteOne(Filters.eq("key", "B"));
            keys.insertOne(new Document("key", "B").append("orderId", "o-1")); // its entries left with it
            assertThat(keys.countDocuments()).isEqualTo(5);
            assertThat(keys.find(Filters.eq("key", "C")).first()).containsEntry("orderId", "o-2");
        });
    }

    @Test
    void droppedAndReindexedCollectionsStaySoAfterARestart() {
        withServer(db -> {
            db.getCollection("gone").insertOne(new Document("x", 1));
            db.getCollection("kept").createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            db.getCollection("kept").insertOne(new Document("code", "c-1"));
            db.getCollection("gone").drop();
            db.getCollection("kept").dropIndex("code_1");
            db.getCollection("kept").insertOne(new Document("code", "c-1"));
        });

        withServer(db -> {
            assertThat(db.listCollectionNames().into(new ArrayList<>())).contains("kept").doesNotContain("gone");
            assertThat(db.getCollection("kept").countDocuments(Filters.eq("code", "c-1"))).isEqualTo(2);
            db.getCollection("kept").deleteOne(Filters.eq("code", "c-1"));
            db.getCollection("kept").createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            assertDuplicate(() -> db.getCollection("kept").insertOne(new Document("code", "c-1")));
        });
    }

    /** Renaming moves the maps in the store; the stock backend loses a renamed collection on restart too. */
    @Test
    void aRenamedCollectionKeepsItsDocuments() {
        withServer(db -> {
            db.getCollection("old").insertOne(new Document("x", 2));
            db.getCollection("old").renameCollection(new MongoNamespace(db.getName(), "renamed"));

            assertThat(db.listCollectionNames().into(new ArrayList<>())).contains("renamed").doesNotContain("old");
            assertThat(db.getCollection("renamed").find().first()).containsEntry("x", 2);
        });
    }

    @Test
    void aDroppedDatabaseIsGoneAfterARestartAndTheFileKeepsItsFormat() {
        withServer(db -> {
            db.getCollection("licensekeys").createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            db.getCollection("licensekeys").insertOne(new Document("key", "A"));
            db.drop();
        });

        withServer(db -> assertThat(db.listCollectionNames().into(new ArrayList<>())).isEmpty());
        MVStore store = MVStore.open(file().toString());
        try {
            assertThat(store.<String, String>openMap(StoreFormat.MAP_NAME).get(StoreFormat.VERSION_KEY))
                    .isEqualTo(StoreFormat.CURRENT);
        } finally {
            store.close();
        }
    }

    @Test
    void aFileWrittenByAnEarlierBuildIsRefusedAndLeftUntouched() throws Exception {
        H2Backend stock = new H2Backend(file().toString());
        MongoServer server = new MongoServer(stock);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            client.getDatabase("awpt").getCollection("licensekeys").insertOne(new Document("key", "A"));
        } finally {
            server.shutdownNow();
            stock.close();
        }
        long size = Files.size(file());
        FileTime modified = Files.getLastModifiedTime(file());

        assertThatThrownBy(() -> EmbeddedMongo.onDisk(data))
                .isInstanceOf(EmbeddedFileFormatException.class)
                .hasMessageContaining(file().toString())
                .hasMessageContaining("earlier AWPT build");

        assertThat(Files.size(file())).isEqualTo(size);
        assertThat(Files.getLastModifiedTime(file())).isEqualTo(modified);
        MVStore store = MVStore.open(file().toString());
        try {
            assertThat(store.hasMap(StoreFormat.MAP_NAME)).isFalse();
        } finally {
            store.close();
        }
    }

    @Test
    void aFileOfAnotherFormatVersionIsRefused() {
        MVStore store = MVStore.open(file().toString());
        store.<String, String>openMap(StoreFormat.MAP_NAME).put(StoreFormat.VERSION_KEY, "awpt-compact-99");
        store.close();

        assertThatThrownBy(() -> EmbeddedMongo.onDisk(data))
                .isInstanceOf(EmbeddedFileFormatException.class)
                .hasMessageContaining(file().toString())
                .hasMessageContaining("awpt-compact-99");
    }

    private Path file() {
        return data.resolve(EmbeddedMongo.FILE_NAME).toAbsolutePath();
    }

    private void withServer(Consumer<MongoDatabase> work) {
        EmbeddedFileServer.withServer(data, work);
    }
}
