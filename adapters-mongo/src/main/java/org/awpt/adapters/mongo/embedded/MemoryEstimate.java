package org.awpt.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A rough heap size of a stored value, for the store's page cache and page splits. It only needs
 * the right magnitude: the store samples it rather than summing every entry.
 */
final class MemoryEstimate {
    private static final int REFERENCE = 8;
    private static final int SMALL_OBJECT = 16;
    private static final int BOXED_LONG = 24;
    private static final int STRING = 48;
    private static final int OBJECT_ID = 48;
    private static final int LIST = 40;
    private static final int MAP = 64;
    private static final int MAP_ENTRY = 40;
    private static final int UNKNOWN = 64;

    private MemoryEstimate() {
    }

    /**
     * The estimated heap bytes of a value and everything it holds; a rough constant for a document
     * the server is updating in place at that moment.
     */
    static int of(Object value) {
        try {
            return estimate(value);
        } catch (ConcurrentModificationException | NoSuchElementException changedMeanwhile) {
            return UNKNOWN;
        }
    }

    private static int estimate(Object value) {
        if (value instanceof String s) {
            return STRING + s.length();
        } else if (value instanceof Map<?, ?> map) {
            int size = MAP;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += MAP_ENTRY + estimate(entry.getKey()) + estimate(entry.getValue());
            }
            return size;
        } else if (value instanceof KeyValue key) {
            int size = SMALL_OBJECT + LIST;
            for (Object part : key) {
                size += REFERENCE + estimate(part);
            }
            return size;
        } else if (value instanceof Collection<?> list) {
            int size = LIST;
            for (Object element : list) {
                size += REFERENCE + estimate(element);
            }
            return size;
        } else if (value == null || value instanceof Boolean) {
            return 0;
        } else if (value instanceof Integer) {
            return SMALL_OBJECT;
        } else if (value instanceof Long || value instanceof Double || value instanceof java.time.Instant) {
            return BOXED_LONG;
        } else if (value instanceof de.bwaldvogel.mongo.bson.ObjectId) {
            return OBJECT_ID;
        }
        return UNKNOWN;
    }
}
