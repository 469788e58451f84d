package org.awpt.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.junit.jupiter.api.Test;

/** The map types write every value the server stores and read it back equal, of the same Java type. */
class MapTypesTest {
    private static final ObjectId ID = new ObjectId("64b7f0c2a1b2c3d4e5f60718");

    /** One value of every kind the server keeps in a document. */
    private static List<Object> everyKind() {
        List<Object> values = new ArrayList<>(Arrays.asList(
                "a weekly key", "", "ünïcödé ✓", 42, -7, 1L << 40, Long.MIN_VALUE, 3.25, -0.0, Double.NaN,
                true, false, null, Instant.ofEpochMilli(1_767_607_200_123L), ID, new ObjectId(),
                new BinData(new byte[] {1, 2, 3}), UUID.fromString("3f1c6a2e-8d4b-4c7a-9e2f-1a2b3c4d5e6f"),
                new LegacyUUID(UUID.fromString("0b8a3c5e-1d2f-4a6b-8c9d-0e1f2a3b4c5d")),
                new Decimal128(new BigDecimal("12.50")), new BsonTimestamp(7L << 32 | 3),
                new BsonRegularExpression("^ab", "i"), MinKey.getInstance(), MaxKey.getInstance(),
                new Document("nested", new Document("deeper", List.of(1, "two", 3.0))).append("n", 1),
                List.of(), List.of(1, 2L, "three", new Document("x", null))));
        return values;
    }

    @Test
    void aDocumentWithEveryKindOfValueComesBackEqual() {
        Document document = new Document("_id", ID);
        List<Object> values = everyKind();
        for (int i = 0; i < values.size(); i++) {
            document.append("f" + i, values.get(i));
        }

        Document read = (Document) roundTrip(ValueType.INSTANCE, document);

        assertThat(read.keySet()).containsExactlyElementsOf(document.keySet());
        for (String field : document.keySet()) {
            assertSame(read.get(field), document.get(field));
        }
    }

    @Test
    void idsAndIndexKeysComeBackEqualAndOfTheSameType() {
        List<Object> keys = everyKind();
        keys.add(Missing.getInstance());
        keys.add(new KeyValue("k-1", 0.0));
        keys.add(new KeyValue(List.of("k-1", Missing.getInstance(), new Document("a", 1))));
        for (Object key : keys) {
            assertSame(roundTrip(ValueType.INSTANCE, key), key);
        }
    }

    @Test
    void keysAreEqualInTheOrderExactlyWhenTheyAreEqualObjects() {
        List<Object> keys = everyKind();
        keys.add(Missing.getInstance());
        keys.add(1.0);
        keys.add(new Decimal128(new BigDecimal("12.5")));
        keys.add(new KeyValue("k-1", 1.0));
        keys.add(new KeyValue("k-1", 2.0));
        keys.add(new KeyValue("k-1"));
        keys.add(new Document("n", 1).append("nested", 2));
        for (Object a : keys) {
            for (Object b : keys) {
                int ab = ValueType.INSTANCE.compare(a, b);
                int ba = ValueType.INSTANCE.compare(b, a);
                if (!(a instanceof BsonRegularExpression)) {
                    assertThat(ab == 0).as(a + " vs " + b).isEqualTo(Objects.equals(a, b));
                }
                assertThat(Integer.signum(ab)).as(a + " vs " + b).isEqualTo(-Integer.signum(ba));
            }
        }
        assertThat(ValueType.INSTANCE.compare(new ObjectId(new byte[12]), ID)).isNegative();
        assertThat(ValueType.INSTANCE.compare("key-a", "key-b")).isNegative();
        assertThat(ValueType.INSTANCE.compare(new KeyValue("a", 2.0), new KeyValue("a", 10.0))).isNegative();
    }

    /** The server updates stored documents in place while a commit may be writing them. */
    @Test
    void aDocumentChangedWhileItIsWrittenIsStillWrittenWhole() throws Exception {
        Document document = new Document("_id", ID).append("key", "K-1").append("status", "available");
        AtomicBoolean done = new AtomicBoolean();
        Thread updater = new Thread(() -> {
            for (long i = 0; !done.get(); i++) {
                document.remove("status");
                document.remove("orderId");
                document.put("status", i % 2 == 0 ? "used" : "available");
                document.put("orderId", "o-" + i);
            }
        });
        updater.start();
        try {
            for (int i = 0; i < 20_000; i++) {
                Document read = (Document) roundTrip(ValueType.INSTANCE, document);
                assertThat(read).containsEntry("_id", ID).containsEntry("key", "K-1");
            }
        } finally {
            done.set(true);
            updater.join();
        }
    }

    /** Equal and of the same type; a regular expression (identity {@code equals}) by its pattern and options. */
    private static void assertSame(Object read, Object original) {
        if (original instanceof BsonRegularExpression expression) {
            assertThat(read).isInstanceOfSatisfying(BsonRegularExpression.class, r -> {
                assertThat(r.getPattern()).isEqualTo(expression.getPattern());
                assertThat(r.getOptions()).isEqualTo(expression.getOptions());
            });
            return;
        }
        assertThat(read).as(String.valueOf(original)).isEqualTo(original);
        if (original != null) {
            assertThat(read).as(String.valueOf(original))
                    .isInstanceOf(original instanceof List ? List.class : original.getClass());
        }
    }

    private static <T> T roundTrip(DataType<T> type, T value) {
        WriteBuffer out = new WriteBuffer();
        type.write(out, value);
        out.put((byte) 99); // what follows in the page must stay unread
        ByteBuffer in = out.getBuffer();
        in.flip();
        T read = type.read(in);
        assertThat(in.get()).isEqualTo((byte) 99);
        return read;
    }
}
