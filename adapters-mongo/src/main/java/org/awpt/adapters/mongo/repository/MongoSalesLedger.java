package org.awpt.adapters.mongo.repository;

import static dev.morphia.query.filters.Filters.gte;
import static dev.morphia.query.filters.Filters.lt;

import com.mongodb.MongoWriteException;
import dev.morphia.Datastore;
import dev.morphia.query.FindOptions;
import dev.morphia.query.MorphiaCursor;
import dev.morphia.query.Sort;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.awpt.adapters.mongo.entity.SaleEntity;
import org.awpt.application.port.SalesLedger;
import org.awpt.domain.sale.Sale;

/** The sales ledger, one document per sale keyed by its reference: a second record is refused by {@code _id}. */
public final class MongoSalesLedger implements SalesLedger {
    private final Datastore datastore;

    /** A ledger over the datastore's {@code sales}. */
    public MongoSalesLedger(Datastore datastore) {
        this.datastore = datastore;
    }

    @Override
    public boolean record(Sale sale) {
        Objects.requireNonNull(sale, "sale");
        try {
            datastore.getCollection(SaleEntity.class).insertOne(SaleEntity.of(sale));
            return true;
        } catch (MongoWriteException e) {
            if (Duplicates.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public long salesBetween(Instant from, Instant to, Consumer<Sale> sink) {
        Objects.requireNonNull(sink, "sink");
        long count = 0;
        try (MorphiaCursor<SaleEntity> cursor = datastore.find(SaleEntity.class)
                .filter(gte(SaleEntity.AT, from), lt(SaleEntity.AT, to))
                .iterator(new FindOptions().sort(Sort.ascending(SaleEntity.AT), Sort.ascending("_id")))) {
            while (cursor.hasNext()) {
                sink.accept(cursor.next().toDomain());
                count++;
            }
        }
        return count;
    }
}
