package org.awpt.adapters.mongo.repository;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import dev.morphia.Datastore;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.StoredRecords;

/**
 * One collection's records, read whole by {@code _id} keyset pages ({@link DocumentScanner}) and
 * copied in by unordered {@code insertMany} batches: a document the collection's unique index (its
 * {@code _id} or its natural key) refuses as a duplicate is one already present.
 *
 * @param <E> the entity (document) class
 * @param <T> the kind of record
 */
final class MongoStoredRecords<E, T> implements StoredRecords<T> {
    /** Documents per {@code insertMany}. */
    private static final int BATCH = 500;

    private final MongoCollection<E> collection;
    private final DocumentScanner<E, T> scanner;
    private final Function<T, E> toEntity;

    MongoStoredRecords(Datastore datastore, Class<E> entity, Function<E, T> toDomain, Function<T, E> toEntity) {
        this.collection = datastore.getCollection(entity);
        this.scanner = new DocumentScanner<>(collection, datastore.getCodecRegistry().get(entity), toDomain);
        this.toEntity = toEntity;
    }

    @Override
    public RecordScan exportAll(Consumer<? super T> sink) {
        return scanner.scan(Filters.empty(), sink);
    }

    @Override
    public CopyOutcome importPreserving(List<? extends T> records) {
        int copied = 0;
        for (int from = 0; from < records.size(); from += BATCH) {
            List<E> documents = records.subList(from, Math.min(records.size(), from + BATCH)).stream()
                    .map(toEntity).toList();
            copied += documents.size() - duplicates(documents);
        }
        return new CopyOutcome(copied, records.size() - copied, List.of());
    }

    /** Inserts the documents; how many the server refused as duplicates. Any other failure is thrown. */
    private int duplicates(List<E> documents) {
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
            return 0;
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (!Duplicates.isDuplicateKey(error.getCode())) {
                    throw e;
                }
            }
            return e.getWriteErrors().size();
        }
    }
}
