package org.awpt.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Every key and value of the server's maps: documents, document ids (the positions a collection is
 * keyed by and a unique index points to) and unique index keys ({@link KeyValue}). Written by
 * {@link ValueCodec}; kept as objects in the store's pages and compared there by {@link ValueOrder},
 * without serializing anything. H2's default type wrote documents and index keys with Java
 * serialization (slow, several times larger) and compared index keys by serializing both.
 */
final class ValueType extends BasicDataType<Object> {
    /** The type is stateless: one instance serves every map. */
    static final ValueType INSTANCE = new ValueType();

    private ValueType() {
    }

    @Override
    public int compare(Object a, Object b) {
        return ValueOrder.compare(a, b);
    }

    @Override
    public int getMemory(Object value) {
        return MemoryEstimate.of(value);
    }

    @Override
    public void write(WriteBuffer out, Object value) {
        ValueCodec.write(out, value);
    }

    @Override
    public Object read(ByteBuffer in) {
        return ValueCodec.read(in);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
