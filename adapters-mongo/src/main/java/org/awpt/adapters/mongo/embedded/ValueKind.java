package org.awpt.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * The kinds of value the server keeps (the Java types its BSON decoder makes, plus index keys and
 * {@link Missing}), each with the tag byte that marks it in the file. The tag is also the rank that
 * orders values of different kinds in the B-trees: both are part of the file format, so never
 * renumber a kind, only add new ones.
 */
enum ValueKind {
    NULL(0),
    MISSING(1),
    INT(2),
    LONG(3),
    DOUBLE(4),
    STRING(5),
    BOOLEAN(6),
    OBJECT_ID(7),
    INSTANT(8),
    UUID(9),
    KEY(10),
    DOCUMENT(11),
    LIST(12),
    BIN_DATA(13),
    LEGACY_UUID(14),
    DECIMAL128(15),
    TIMESTAMP(16),
    REGULAR_EXPRESSION(17),
    JAVASCRIPT(18),
    MIN_KEY(19),
    MAX_KEY(20);

    private static final ValueKind[] BY_TAG = new ValueKind[values().length];

    static {
        for (ValueKind kind : values()) {
            BY_TAG[kind.tag] = kind;
        }
    }

    /** The tag byte in the file, and the rank among kinds. */
    final byte tag;

    ValueKind(int tag) {
        this.tag = (byte) tag;
    }

    /**
     * The kind of a value, most frequent kinds first.
     *
     * @throws IllegalArgumentException for a type the server never stores (its wire encoder cannot
     *     send it either)
     */
    static ValueKind of(Object value) {
        if (value instanceof String) {
            return STRING;
        } else if (value instanceof ObjectId) {
            return OBJECT_ID;
        } else if (value == null) {
            return NULL;
        } else if (value instanceof KeyValue) {
            return KEY;
        } else if (value instanceof Integer) {
            return INT;
        } else if (value instanceof Long) {
            return LONG;
        } else if (value instanceof Double) {
            return DOUBLE;
        } else if (value instanceof Boolean) {
            return BOOLEAN;
        } else if (value instanceof Instant) {
            return INSTANT;
        } else if (value instanceof Document) {
            return DOCUMENT;
        } else if (value instanceof Collection) {
            return LIST;
        }
        return rareKind(value);
    }

    private static ValueKind rareKind(Object value) {
        if (value instanceof Missing) {
            return MISSING;
        } else if (value instanceof UUID) {
            return UUID;
        } else if (value instanceof BinData) {
            return BIN_DATA;
        } else if (value instanceof LegacyUUID) {
            return LEGACY_UUID;
        } else if (value instanceof Decimal128) {
            return DECIMAL128;
        } else if (value instanceof BsonTimestamp) {
            return TIMESTAMP;
        } else if (value instanceof BsonRegularExpression) {
            return REGULAR_EXPRESSION;
        } else if (value instanceof BsonJavaScript) {
            return JAVASCRIPT;
        } else if (value instanceof MinKey) {
            return MIN_KEY;
        } else if (value instanceof MaxKey) {
            return MAX_KEY;
        }
        throw new IllegalArgumentException("the embedded database cannot store a " + value.getClass().getName());
    }

    /** The kind a tag byte read from the file stands for. */
    static ValueKind ofTag(byte tag) {
        if (tag < 0 || tag >= BY_TAG.length) {
            throw new IllegalStateException("unknown value tag " + tag + " in the embedded database file");
        }
        return BY_TAG[tag];
    }
}
