package org.awpt.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/**
 * The order of the values the server keeps as map keys: document ids (positions) and unique index
 * keys ({@link KeyValue}). The maps need a total order whose "equal" is Java's {@code equals}, because
 * the server finds a document again with the very position an index returned and compares positions
 * with {@code equals}; so values of different Java types never tie (an {@code Integer} 1 and a
 * {@code Double} 1.0 stay two ids, as with H2's own serializing type). Within a type the natural
 * order: ObjectIds by their bytes (creation time first), strings by {@link String#compareTo}, numbers
 * by value. Keys stay deserialized in the store's pages, so this runs on objects and must be cheap.
 */
final class ValueOrder {
    private ValueOrder() {
    }

    /** Compares two stored values; 0 exactly when they are equal. */
    static int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        int byKind = Integer.compare(ValueKind.of(a).ordinal(), ValueKind.of(b).ordinal());
        if (byKind != 0) {
            return byKind;
        }
        return switch (ValueKind.of(a)) {
            case NULL, MISSING, MIN_KEY, MAX_KEY -> 0;
            case STRING -> ((String) a).compareTo((String) b);
            case INT -> Integer.compare((Integer) a, (Integer) b);
            case LONG -> Long.compare((Long) a, (Long) b);
            case DOUBLE -> Double.compare((Double) a, (Double) b);
            case BOOLEAN -> Boolean.compare((Boolean) a, (Boolean) b);
            case OBJECT_ID -> ((ObjectId) a).compareTo((ObjectId) b);
            case INSTANT -> ((Instant) a).compareTo((Instant) b);
            case UUID -> ((UUID) a).compareTo((UUID) b);
            case KEY -> compareKeys((KeyValue) a, (KeyValue) b);
            case DOCUMENT -> compareDocuments((Document) a, (Document) b);
            case LIST -> compareSequences(((Collection<?>) a).iterator(), ((Collection<?>) b).iterator());
            case BIN_DATA -> ((BinData) a).compareTo((BinData) b);
            case LEGACY_UUID -> ((LegacyUUID) a).compareTo((LegacyUUID) b);
            case DECIMAL128 -> compareDecimals((Decimal128) a, (Decimal128) b);
            case TIMESTAMP -> ((BsonTimestamp) a).compareTo((BsonTimestamp) b);
            case REGULAR_EXPRESSION -> compareRegularExpressions((BsonRegularExpression) a, (BsonRegularExpression) b);
            case JAVASCRIPT -> ((BsonJavaScript) a).getCode().compareTo(((BsonJavaScript) b).getCode());
        };
    }

    /** Part by part, without iterators: index lookups compare keys many times per write. */
    private static int compareKeys(KeyValue a, KeyValue b) {
        int parts = Math.min(a.size(), b.size());
        for (int i = 0; i < parts; i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareSequences(Iterator<?> a, Iterator<?> b) {
        while (a.hasNext() && b.hasNext()) {
            int c = compare(a.next(), b.next());
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(a.hasNext(), b.hasNext());
    }

    /** Field by field in the documents' order, as {@link Document#equals} (order-sensitive) sees them. */
    private static int compareDocuments(Document a, Document b) {
        Iterator<Map.Entry<String, Object>> left = a.entrySet().iterator();
        Iterator<Map.Entry<String, Object>> right = b.entrySet().iterator();
        while (left.hasNext() && right.hasNext()) {
            Map.Entry<String, Object> l = left.next();
            Map.Entry<String, Object> r = right.next();
            int c = l.getKey().compareTo(r.getKey());
            if (c == 0) {
                c = compare(l.getValue(), r.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(left.hasNext(), right.hasNext());
    }

    /** By value, then by representation: 1.0 and 1.00 are two values, as for {@code equals}. */
    private static int compareDecimals(Decimal128 a, Decimal128 b) {
        int byValue = a.compareTo(b);
        if (byValue != 0) {
            return byValue;
        }
        int byHigh = Long.compare(a.getHigh(), b.getHigh());
        return byHigh != 0 ? byHigh : Long.compare(a.getLow(), b.getLow());
    }

    private static int compareRegularExpressions(BsonRegularExpression a, BsonRegularExpression b) {
        int byPattern = a.getPattern().compareTo(b.getPattern());
        if (byPattern != 0) {
            return byPattern;
        }
        return Comparator.nullsFirst(Comparator.<String>naturalOrder()).compare(a.getOptions(), b.getOptions());
    }
}
