package org.awpt.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The map names mongo-java-server's {@code H2Database} uses (1.47.0), and the map types this build
 * opens them with. Every map is opened here, before the server's own code opens it by name only:
 * the store then hands the server the map already open with these types.
 */
final class MapNames {
    /** A collection's documents by id: {@code databases.<db>.<collection>}. */
    static final String DATA_PREFIX = "databases.";
    /** A collection's counters (data size): {@code meta.<db>.<collection>}. */
    static final String META_PREFIX = "meta.";
    /** A unique index: {@code <db>.<collection>._index_<index name>}. */
    static final String INDEX_INFIX = "._index_";

    private MapNames() {
    }

    static String data(String fullCollectionName) {
        return DATA_PREFIX + fullCollectionName;
    }

    static String meta(String fullCollectionName) {
        return META_PREFIX + fullCollectionName;
    }

    static String index(String fullCollectionName, String indexName) {
        return fullCollectionName + INDEX_INFIX + indexName;
    }

    /** A collection's documents, keyed by id. */
    static MVMap<Object, Document> openData(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<Object, Document>()
                .keyType(ValueType.INSTANCE).valueType(ValueType.INSTANCE));
    }

    /** A unique index: key to document id. */
    static MVMap<KeyValue, Object> openIndex(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<KeyValue, Object>()
                .keyType(ValueType.INSTANCE).valueType(ValueType.INSTANCE));
    }

    /** A collection's counters: H2's default types, which store strings and longs compactly. */
    static MVMap<String, Object> openMeta(MVStore store, String name) {
        return store.openMap(name);
    }

    /** Opens a map of the server's by its name, with the types its kind is stored in. */
    static void open(MVStore store, String name) {
        if (name.contains(INDEX_INFIX)) {
            openIndex(store, name);
        } else if (name.startsWith(DATA_PREFIX)) {
            openData(store, name);
        } else {
            openMeta(store, name);
        }
    }
}
