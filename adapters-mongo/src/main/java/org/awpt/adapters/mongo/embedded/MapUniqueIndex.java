package org.awpt.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import java.util.List;
import java.util.Map;

/**
 * A unique index over one map from key to document id, as mongo-java-server's {@code H2UniqueIndex}
 * (1.47.0) does it (whose constructor is not public): the base class hands in normalized keys and
 * checks uniqueness; a missing id is stored as {@link Missing}. The map is the store's; an index over
 * a map in memory computes what the store's should hold ({@link UniqueIndexRebuild}).
 */
final class MapUniqueIndex extends AbstractUniqueIndex<Object> {
    private final Map<KeyValue, Object> map;

    MapUniqueIndex(Map<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    /** The same index (name, keys, sparseness) over another map. */
    MapUniqueIndex over(Map<KeyValue, Object> other) {
        return new MapUniqueIndex(other, getName(), getKeys(), isSparse());
    }

    /** The index's map from key to document id. */
    Map<KeyValue, Object> entries() {
        return map;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(key);
    }

    @Override
    public long getCount() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
