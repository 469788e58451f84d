package org.awpt.adapters.mongo.repository;

import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.morphia.Datastore;

/** Last-write-wins replacement of a document by id, created when missing. */
final class Upserts {
    private Upserts() {
    }

    static <E> void replaceById(Datastore datastore, Class<E> type, String id, E document) {
        try {
            replace(datastore, type, id, document);
        } catch (MongoException e) {
            if (!Duplicates.isDuplicateKey(e)) {
                throw e;
            }
            // Two upserts of a missing id raced and the other one created it: now it exists, replace it.
            replace(datastore, type, id, document);
        }
    }

    private static <E> void replace(Datastore datastore, Class<E> type, String id, E document) {
        datastore.getCollection(type).replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
    }
}
