package org.awpt.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.adapters.mongo.embedded.EmbeddedFileServer.assertDuplicate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.function.Consumer;
import org.awpt.adapters.mongo.EmbeddedMongo;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose unique index maps disagree with its documents, as a process killed while a commit
 * wrote a document changed in place leaves it, is put right when it is opened; a file with two
 * documents sharing a unique key is refused untouched.
 */
class UniqueIndexRebuildTest {
    private static final String COLLECTION = "awpt.licensekeys";
    private static final String LICENSE_KEY = "K7Q2ABCDEFGHJKLMNPQRSTUVWXYZ2345";

    @TempDir
    Path data;

    @Test
    void indexEntriesThatDisagreeWithTheDocumentsAreRebuiltWhenTheFileIsOpened() {
        withServer(db -> {
            MongoCollection<Document> keys = licenseKeys(db);
            keys.insertOne(new Document("key", "A").append("status", "available"));
            keys.insertOne(new Document("key", "B").append("status", "used").append("orderId", "o-1"));
            keys.insertOne(new Document("key", "C").append("status", "used").append("orderId", "o-2"));
        });
        withStore(store -> {
            Object a = positionOf(store, "A");
            // The claim of B reached the document but not the order index: a retry would take a second key.
            orderIndex(store).remove(new KeyValue("o-1"));
            // An entry of a key no document has, and entries pointing at the wrong document.
            keyIndex(store).put(new KeyValue("Z"), a);
            keyIndex(store).put(new KeyValue("C"), a);
            compoundIndex(store).put(new KeyValue("C", "used"), a);
        });

        withServer(db -> {
            MongoCollection<Document> keys = db.getCollection("licensekeys");
            assertDuplicate(() -> keys.insertOne(new Document("key", "D").append("orderId", "o-1")));
            assertDuplicate(() -> keys.insertOne(new Document("key", "C").append("status", "new")));
            assertThat(keys.find(Filters.eq("orderId", "o-1")).first()).containsEntry("key", "B");
            assertThat(keys.find(Filters.eq("key", "C")).first()).containsEntry("orderId", "o-2");
            assertThat(keys.find(new Document("key", "C").append("status", "used")).first())
                    .containsEntry("orderId", "o-2");
        });
        withStore(store -> {
            assertThat(keyIndex(store)).doesNotContainKey(new KeyValue("Z"))
                    .containsEntry(new KeyValue("C"), positionOf(store, "C")).hasSize(3);
            assertThat(orderIndex(store)).containsEntry(new KeyValue("o-1"), positionOf(store, "B")).hasSize(2);
            assertThat(compoundIndex(store)).containsEntry(new KeyValue("C", "used"), positionOf(store, "C"))
                    .hasSize(3);
        });
        withServer(db -> db.getCollection("licensekeys").insertOne(new Document("key", "Z"))); // no longer taken
    }

    @Test
    void twoDocumentsWithOneUniqueKeyRefuseTheFileAndLeaveItUntouched() throws Exception {
        withServer(db -> {
            licenseKeys(db).insertOne(new Document("key", LICENSE_KEY).append("status", "available"));
            licenseKeys(db).insertOne(new Document("key", "OTHER").append("status", "used"));
        });
        withStore(store -> {
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents = documents(store);
            Object other = positionOf(store, "OTHER");
            de.bwaldvogel.mongo.bson.Document tampered = new de.bwaldvogel.mongo.bson.Document(documents.get(other));
            tampered.put("key", LICENSE_KEY);
            documents.put(other, tampered);
        });
        long size = Files.size(file());
        FileTime modified = Files.getLastModifiedTime(file());

        assertThatThrownBy(() -> EmbeddedMongo.onDisk(data))
                .isInstanceOf(EmbeddedFileFormatException.class)
                .hasMessageContaining(file().toString())
                .hasMessageContaining(COLLECTION)
                .hasMessageContaining("key_1")
                .hasMessageContaining("K7Q2…")
                .hasMessageNotContaining(LICENSE_KEY.substring(0, 5));

        assertThat(Files.size(file())).isEqualTo(size);
        assertThat(Files.getLastModifiedTime(file())).isEqualTo(modified);
    }

    @Test
    void aRefusalShowsOnlyTheFirstCharactersOfEachPartOfTheKey() {
        assertThat(UniqueIndexRebuild.masked(new KeyValue(LICENSE_KEY, "used", 7)))
                .isEqualTo("{K7Q2…, used, 7}");
    }

    private static MongoCollection<Document> licenseKeys(MongoDatabase db) {
        MongoCollection<Document> keys = db.getCollection("licensekeys");
        keys.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
        keys.createIndex(Indexes.ascending("orderId"), new IndexOptions().unique(true).sparse(true));
        keys.createIndex(Indexes.ascending("key", "status"), new IndexOptions().unique(true));
        return keys;
    }

    private static MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents(MVStore store) {
        return MapNames.openData(store, MapNames.data(COLLECTION));
    }

    private static MVMap<KeyValue, Object> keyIndex(MVStore store) {
        return MapNames.openIndex(store, MapNames.index(COLLECTION, "key_1"));
    }

    private static MVMap<KeyValue, Object> orderIndex(MVStore store) {
        return MapNames.openIndex(store, MapNames.index(COLLECTION, "orderId_1"));
    }

    private static MVMap<KeyValue, Object> compoundIndex(MVStore store) {
        return MapNames.openIndex(store, MapNames.index(COLLECTION, "key_1_status_1"));
    }

    /** The stored id of the document with {@code key}, as the indexes point at it. */
    private static Object positionOf(MVStore store, String key) {
        return documents(store).entrySet().stream()
                .filter(entry -> key.equals(entry.getValue().get("key")))
                .map(Map.Entry::getKey)
                .map(Missing::ofNullable)
                .findFirst()
                .orElseThrow();
    }

    private Path file() {
        return data.resolve(EmbeddedMongo.FILE_NAME).toAbsolutePath();
    }

    /** Changes or reads the file's maps directly, as a crash or another program would leave them. */
    private void withStore(Consumer<MVStore> work) {
        MVStore store = MVStore.open(file().toString());
        try {
            work.accept(store);
            store.commit();
        } finally {
            store.close();
        }
    }

    private void withServer(Consumer<MongoDatabase> work) {
        EmbeddedFileServer.withServer(data, work);
    }
}
