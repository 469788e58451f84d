package org.awpt.adapters.mongo.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.UnreadableRecord;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.conversions.Bson;

/**
 * Reads every document matching a filter by {@code _id} keyset pages: each page is the next
 * {@value #BATCH} matching documents with {@code _id} above the last one read, sorted by
 * {@code _id} (immutable, always indexed). A document is therefore read at most once, one that
 * matches throughout is never skipped whatever else changes, and memory holds one page. Each document
 * is decoded on its own: one AWPT cannot read is reported by its {@code _id} and the scan goes on.
 *
 * <p>MongoDB compares {@code $gt} only within one type bracket (strings with strings, ObjectIds with
 * ObjectIds). The original bot's ids are all ObjectIds, but a document inserted by hand may have
 * another: when a bracket is read to its end, the scan goes on with the documents whose {@code _id}
 * is of a type not met yet. Those sort after every bracket read so far: a bracket is read whole, in
 * {@code _id} order, before the next one starts, so every type of a finished bracket was met.
 */
final class DocumentScanner<E, T> {
    /** Documents per page. */
    static final int BATCH = 1_000;
    private static final DecoderContext DECODING = DecoderContext.builder().build();

    private final MongoCollection<BsonDocument> documents;
    private final Codec<E> codec;
    private final Function<E, T> toDomain;

    /** A scanner decoding each document with the entity's codec, then reading it as a record. */
    DocumentScanner(MongoCollection<?> collection, Codec<E> codec, Function<E, T> toDomain) {
        this.documents = collection.withDocumentClass(BsonDocument.class);
        this.codec = codec;
        this.toDomain = toDomain;
    }

    /** Hands every readable record matching {@code filter} to {@code sink}; reports the others. */
    RecordScan scan(Bson filter, Consumer<? super T> sink) {
        List<UnreadableRecord> unreadable = new ArrayList<>();
        Set<BsonType> typesMet = EnumSet.noneOf(BsonType.class);
        long handed = 0;
        BsonValue last = null;
        while (true) {
            boolean continuing = last != null;
            Bson page = continuing ? Filters.and(filter, Filters.gt("_id", last))
                    : typesMet.isEmpty() ? filter
                    : Filters.and(filter, Filters.nor(typesMet.stream().map(type -> Filters.type("_id", type))
                            .toArray(Bson[]::new)));
            List<BsonDocument> batch = documents.find(page).sort(Sorts.ascending("_id")).limit(BATCH)
                    .into(new ArrayList<>(BATCH));
            for (BsonDocument document : batch) {
                BsonValue id = document.get("_id");
                typesMet.add(id.getBsonType());
                try {
                    T record = toDomain.apply(codec.decode(new BsonDocumentReader(document), DECODING));
                    sink.accept(record);
                    handed++;
                } catch (RuntimeException unreadableDocument) {
                    // Named by id and exception type only: the document may hold a key code.
                    unreadable.add(new UnreadableRecord(shown(id), unreadableDocument.getClass().getSimpleName()));
                }
                last = id;
            }
            if (batch.size() == BATCH) {
                continue;
            }
            if (!continuing) {
                return new RecordScan(handed, unreadable);
            }
            // The bracket of the last id is read to its end; documents of other types may follow it.
            last = null;
        }
    }

    private static String shown(BsonValue id) {
        return switch (id.getBsonType()) {
            case OBJECT_ID -> id.asObjectId().getValue().toHexString();
            case STRING -> id.asString().getValue();
            case INT32, INT64, DOUBLE, DECIMAL128 -> id.asNumber().decimal128Value().toString();
            default -> id.toString();
        };
    }
}
