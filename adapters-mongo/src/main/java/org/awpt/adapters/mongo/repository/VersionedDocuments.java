package org.awpt.adapters.mongo.repository;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.morphia.Datastore;
import dev.morphia.query.FindOptions;
import dev.morphia.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Documents changed by compare-and-set on a {@code version} field: a replacement names the version
 * it expects to find, and one atomic {@code replaceOne} either finds it or changes nothing.
 */
final class VersionedDocuments<E> {
    private static final String VERSION = "version";
    private final Datastore datastore;
    private final Class<E> type;
    private final String what;

    VersionedDocuments(Datastore datastore, Class<E> type, String what) {
        this.datastore = datastore;
        this.type = type;
        this.what = what;
    }

    /** Inserts; the unique {@code _id} refuses a taken id. */
    void insert(E document, String id) {
        try {
            collection().insertOne(document);
        } catch (MongoWriteException e) {
            if (Duplicates.isDuplicateKey(e)) {
                throw new IllegalStateException(what + " " + id + " exists already", e);
            }
            throw e;
        }
    }

    /** Replaces the document if it is still at {@code version - 1}. */
    boolean replace(E document, String id, long version) {
        if (version < 1) {
            return false;
        }
        return collection().replaceOne(Filters.and(Filters.eq("_id", id), Filters.eq(VERSION, version - 1)), document)
                .getMatchedCount() == 1;
    }

    Optional<E> find(String id) {
        return Optional.ofNullable(query().filter(dev.morphia.query.filters.Filters.eq("_id", id)).first());
    }

    Query<E> query() {
        return datastore.find(type);
    }

    <T> List<T> list(Query<E> query, FindOptions options, Function<E, T> toDomain) {
        List<T> result = new ArrayList<>();
        try (var cursor = query.iterator(options)) {
            cursor.forEachRemaining(document -> result.add(toDomain.apply(document)));
        }
        return result;
    }

    private MongoCollection<E> collection() {
        return datastore.getCollection(type);
    }
}
