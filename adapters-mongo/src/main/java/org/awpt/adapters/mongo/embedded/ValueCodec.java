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
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

/**
 * The file encoding of a stored value: its {@link ValueKind} tag, then the value in a compact
 * binary form (lengths as var-ints, strings as H2 writes them, documents as their fields in order). It reads
 * back the same Java types the server's BSON decoder makes, so a stored document or key comes back
 * {@code equals} to the one written.
 */
final class ValueCodec {
    private static final int OBJECT_ID_BYTES = 12;

    private ValueCodec() {
    }

    /** Writes a tagged value. */
    static void write(WriteBuffer out, Object value) {
        ValueKind kind = ValueKind.of(value);
        out.put(kind.tag);
        switch (kind) {
            case NULL, MISSING, MIN_KEY, MAX_KEY -> {
            }
            case STRING -> writeString(out, (String) value);
            case INT -> out.putInt((Integer) value);
            case LONG -> out.putLong((Long) value);
            case DOUBLE -> out.putDouble((Double) value);
            case BOOLEAN -> out.put((byte) ((Boolean) value ? 1 : 0));
            case OBJECT_ID -> out.put(((ObjectId) value).toByteArray());
            case INSTANT -> out.putLong(((Instant) value).getEpochSecond()).putInt(((Instant) value).getNano());
            case UUID -> writeUuid(out, (UUID) value);
            case KEY -> writeAll(out, ((KeyValue) value).size(), (KeyValue) value);
            case DOCUMENT -> writeDocument(out, (Document) value);
            case LIST -> {
                Object[] elements = elementsOf((Collection<?>) value);
                writeAll(out, elements.length, Arrays.asList(elements));
            }
            case BIN_DATA -> {
                byte[] data = ((BinData) value).getData();
                out.putVarInt(data.length).put(data);
            }
            case LEGACY_UUID -> writeUuid(out, ((LegacyUUID) value).getUuid());
            case DECIMAL128 -> out.putLong(((Decimal128) value).getLow()).putLong(((Decimal128) value).getHigh());
            case TIMESTAMP -> out.putLong(((BsonTimestamp) value).getValue());
            case REGULAR_EXPRESSION -> {
                writeString(out, ((BsonRegularExpression) value).getPattern());
                writeNullableString(out, ((BsonRegularExpression) value).getOptions());
            }
            case JAVASCRIPT -> writeString(out, ((BsonJavaScript) value).getCode());
        }
    }

    /** Writes a document's fields in order, without a tag. */
    static void writeDocument(WriteBuffer out, Document document) {
        Object[] fields = fieldsOf(document);
        out.putVarInt(fields.length / 2);
        for (int i = 0; i < fields.length; i += 2) {
            writeString(out, (String) fields[i]);
            write(out, fields[i + 1]);
        }
    }

    /**
     * A copy of a document's names and values. The server updates stored documents in place
     * ({@code AbstractMongoCollection.updateDocument}); {@link CompactH2Backend} no longer lets a commit
     * run beside a command, but a page written while a document changed would fail the commit with a
     * ConcurrentModificationException, which closes the store, so the copy stays as a second guard:
     * copy first, and again if it changed meanwhile.
     */
    private static Object[] fieldsOf(Document document) {
        while (true) {
            try {
                Object[] fields = new Object[document.size() * 2];
                int i = 0;
                for (Map.Entry<String, Object> field : document.entrySet()) {
                    fields[i++] = field.getKey();
                    fields[i++] = field.getValue();
                }
                return i == fields.length ? fields : Arrays.copyOf(fields, i);
            } catch (ConcurrentModificationException | ArrayIndexOutOfBoundsException changedMeanwhile) {
                Thread.onSpinWait();
            }
        }
    }

    /** A copy of a list's elements, for the same reason as {@link #fieldsOf}. */
    private static Object[] elementsOf(Collection<?> values) {
        while (true) {
            try {
                return values.toArray();
            } catch (ConcurrentModificationException changedMeanwhile) {
                Thread.onSpinWait();
            }
        }
    }

    /** Reads a tagged value. */
    static Object read(ByteBuffer in) {
        ValueKind kind = ValueKind.ofTag(in.get());
        return switch (kind) {
            case NULL -> null;
            case MISSING -> Missing.getInstance();
            case MIN_KEY -> MinKey.getInstance();
            case MAX_KEY -> MaxKey.getInstance();
            case STRING -> readString(in);
            case INT -> in.getInt();
            case LONG -> in.getLong();
            case DOUBLE -> in.getDouble();
            case BOOLEAN -> in.get() != 0;
            case OBJECT_ID -> new ObjectId(readBytes(in, OBJECT_ID_BYTES));
            case INSTANT -> Instant.ofEpochSecond(in.getLong(), in.getInt());
            case UUID -> new UUID(in.getLong(), in.getLong());
            case KEY -> new KeyValue(readAll(in));
            case DOCUMENT -> readDocument(in);
            case LIST -> readAll(in);
            case BIN_DATA -> new BinData(readBytes(in, DataUtils.readVarInt(in)));
            case LEGACY_UUID -> new LegacyUUID(in.getLong(), in.getLong());
            case DECIMAL128 -> new Decimal128(in.getLong(), in.getLong()); // low, then high
            case TIMESTAMP -> new BsonTimestamp(in.getLong());
            case REGULAR_EXPRESSION -> new BsonRegularExpression(readString(in), readNullableString(in));
            case JAVASCRIPT -> new BsonJavaScript(readString(in));
        };
    }

    /** Reads a document written by {@link #writeDocument}. */
    static Document readDocument(ByteBuffer in) {
        int size = DataUtils.readVarInt(in);
        Document document = new Document();
        for (int i = 0; i < size; i++) {
            String key = readString(in);
            document.put(key, read(in));
        }
        return document;
    }

    private static void writeAll(WriteBuffer out, int size, Iterable<?> values) {
        out.putVarInt(size);
        for (Object value : values) {
            write(out, value);
        }
    }

    private static List<Object> readAll(ByteBuffer in) {
        int size = DataUtils.readVarInt(in);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(read(in));
        }
        return values;
    }

    private static void writeUuid(WriteBuffer out, UUID uuid) {
        out.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    }

    /** H2's own string form (the char count, then each char in one to three bytes): no copy on write. */
    private static void writeString(WriteBuffer out, String value) {
        out.putVarInt(value.length()).putStringData(value, value.length());
    }

    private static void writeNullableString(WriteBuffer out, String value) {
        out.put((byte) (value == null ? 0 : 1));
        if (value != null) {
            writeString(out, value);
        }
    }

    private static String readString(ByteBuffer in) {
        return DataUtils.readString(in);
    }

    private static String readNullableString(ByteBuffer in) {
        return in.get() == 0 ? null : readString(in);
    }

    private static byte[] readBytes(ByteBuffer in, int length) {
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }
}
