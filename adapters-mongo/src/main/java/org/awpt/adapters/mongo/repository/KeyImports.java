package org.awpt.adapters.mongo.repository;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.awpt.adapters.mongo.entity.LicenseKeyEntity;
import org.awpt.adapters.mongo.entity.LicenseKeyMapper;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.InsertOutcome;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.bson.Document;

/**
 * New keys into {@code licensekeys} by unordered {@code insertMany} batches: the unique index on the
 * code (and the sparse one on the order id) makes the server refuse a duplicate, reported by its
 * position while every other key of the batch goes in.
 */
final class KeyImports {
    /** Keys per {@code insertMany}: large enough to be fast, small enough to stay far below 16 MiB. */
    static final int IMPORT_BATCH = 1_000;

    private final MongoCollection<LicenseKeyEntity> collection;
    private final MongoCollection<Document> raw;
    private final LicenseKeyMapper mapper;

    KeyImports(MongoCollection<LicenseKeyEntity> collection, MongoCollection<Document> raw, LicenseKeyMapper mapper) {
        this.collection = collection;
        this.raw = raw;
        this.mapper = mapper;
    }

    /** Keys new to the stock; a code already present is counted and left as it is. */
    InsertOutcome insertAll(List<LicenseKey> keys) {
        int inserted = 0;
        Set<KeyCode> alreadyPresent = new HashSet<>();
        for (int from = 0; from < keys.size(); from += IMPORT_BATCH) {
            List<LicenseKey> batch = keys.subList(from, Math.min(keys.size(), from + IMPORT_BATCH));
            Set<Integer> refused = insertBatch(batch.stream().map(mapper::newDocument).toList());
            refused.forEach(index -> alreadyPresent.add(batch.get(index).code()));
            inserted += batch.size() - refused.size();
        }
        return new InsertOutcome(inserted, alreadyPresent);
    }

    /**
     * Copies keys in as they are (new documents): a key whose code is present is counted present; one
     * whose order already has another key is refused and named.
     */
    CopyOutcome importPreserving(List<? extends LicenseKey> keys) {
        CopyOutcome outcome = CopyOutcome.NONE;
        for (int from = 0; from < keys.size(); from += IMPORT_BATCH) {
            List<? extends LicenseKey> batch = keys.subList(from, Math.min(keys.size(), from + IMPORT_BATCH));
            Set<Integer> conflicts = insertBatch(batch.stream().map(mapper::newDocument).toList());
            Set<String> present = new HashSet<>();
            if (!conflicts.isEmpty()) {
                List<String> codes = conflicts.stream().map(index -> batch.get(index).code().value()).toList();
                raw.find(Filters.in(LicenseKeyEntity.KEY, codes)).projection(Projections.include(LicenseKeyEntity.KEY))
                        .forEach(document -> present.add(document.getString(LicenseKeyEntity.KEY)));
            }
            List<String> refused = new ArrayList<>();
            for (int index : conflicts) {
                LicenseKey key = batch.get(index);
                if (!present.contains(key.code().value())) {
                    refused.add("key " + key.code().masked() + ": its order " + key.orderId().value()
                            + " already has another key");
                }
            }
            outcome = outcome.plus(new CopyOutcome(batch.size() - conflicts.size(), conflicts.size() - refused.size(),
                    refused));
        }
        return outcome;
    }

    /** Inserts the batch; the positions the server refused as duplicates; any other failure is thrown. */
    private Set<Integer> insertBatch(List<LicenseKeyEntity> documents) {
        try {
            // Unordered: the server inserts every new code and reports each duplicate by its index.
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            Set<Integer> duplicates = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (!Duplicates.isDuplicateKey(error.getCode())) {
                    throw e;
                }
                duplicates.add(error.getIndex());
            }
            return duplicates;
        }
    }
}
