package org.awpt.adapters.mongo.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.morphia.Datastore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.awpt.adapters.mongo.entity.LicenseKeyEntity;
import org.awpt.adapters.mongo.entity.LicenseKeyMapper;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.InsertOutcome;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.KeyScan;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.StoredRecords;
import org.awpt.application.port.UnreadableKey;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The key inventory in the original bot's {@code licensekeys} collection.
 *
 * <p>No multi-document transaction is used anywhere. Each change is one atomic single-document
 * write: a claim is one {@code findOneAndUpdate} of any key of the type still in stock (served by
 * the {@code type + status + createdAt} index, no sort), and the sparse unique index on
 * {@code orderId} makes the server refuse a second key for the same order ({@link KeyClaims}).
 * Other transitions read the key, compute its next state with the domain, and write it back only
 * if its revision is unchanged ({@link KeyTransitions}). Counts are asked of the server every time
 * ({@link KeyCounts}); reads are {@link KeyQueries}, new and copied keys {@link KeyImports}.
 */
public final class MongoLicenseKeyRepository implements LicenseKeyRepository, StoredRecords<LicenseKey> {
    private final KeyImports imports;
    private final KeyClaims claims;
    private final KeyTransitions transitions;
    private final KeyQueries queries;
    private final KeyCounts counts;
    private final DocumentScanner<LicenseKeyEntity, LicenseKey> scanner;

    /** A repository over the datastore's {@code licensekeys}; legacy expiries come from the catalog. */
    public MongoLicenseKeyRepository(Datastore datastore, LicenseTypeCatalog types) {
        LicenseKeyMapper mapper = new LicenseKeyMapper(types);
        MongoCollection<LicenseKeyEntity> collection = datastore.getCollection(LicenseKeyEntity.class);
        MongoCollection<Document> raw = datastore.getDatabase().getCollection(LicenseKeyEntity.COLLECTION);
        this.queries = new KeyQueries(datastore, mapper, types);
        this.imports = new KeyImports(collection, raw, mapper);
        this.claims = new KeyClaims(collection, mapper, queries);
        this.transitions = new KeyTransitions(datastore, mapper);
        this.counts = new KeyCounts(raw);
        this.scanner = new DocumentScanner<>(raw, datastore.getCodecRegistry().get(LicenseKeyEntity.class),
                entity -> mapper.toDomain(entity));
    }

    @Override
    public InsertOutcome insertAll(List<LicenseKey> keys) {
        return imports.insertAll(keys);
    }

    @Override
    public Optional<LicenseKey> claim(ClaimOrder order, Instant now) {
        return claims.claim(order, now);
    }

    @Override
    public Optional<LicenseKey> reserve(OrderId requestLine, LicenseTypeCode type, DiscordUserId requester,
            Instant now) {
        return claims.reserve(requestLine, type, requester, now);
    }

    @Override
    public Optional<LicenseKey> approveReservation(OrderId requestLine, DiscordUserId admin, Instant now) {
        return transitions.approveReservation(requestLine, admin, now);
    }

    @Override
    public Optional<LicenseKey> release(OrderId order) {
        return transitions.release(order);
    }

    @Override
    public Optional<LicenseKey> revoke(KeyCode code, DiscordUserId admin, String reason, Instant now) {
        return transitions.revoke(code, admin, reason, now);
    }

    @Override
    public Optional<LicenseKey> markTold(KeyCode code, DeliveryChannel via, Instant at) {
        return transitions.markTold(code, via, at);
    }

    @Override
    public Optional<LicenseKey> markDeliveryFailed(KeyCode code, Instant at) {
        return transitions.markDeliveryFailed(code, at);
    }

    @Override
    public Optional<LicenseKey> findByCode(KeyCode code) {
        return queries.findByCode(code);
    }

    @Override
    public Optional<LicenseKey> findByOrder(OrderId order) {
        return queries.findByOrder(order);
    }

    @Override
    public List<LicenseKey> heldBy(DiscordUserId holder) {
        return queries.heldBy(holder);
    }

    @Override
    public List<LicenseKey> heldByRoblox(RobloxUserId account) {
        return queries.heldByRoblox(account);
    }

    @Override
    public List<LicenseKey> pendingDeliveries(KeyStatus status, Instant deliveredBefore, int limit) {
        return queries.pendingDeliveries(status, deliveredBefore, limit);
    }

    @Override
    public List<LicenseKey> expiringBetween(Instant from, Instant to, int limit) {
        return queries.expiringBetween(from, to, limit);
    }

    @Override
    public long countAvailable(LicenseTypeCode type) {
        return queries.count(KeyFilter.of(type, KeyStatus.AVAILABLE));
    }

    @Override
    public Map<LicenseTypeCode, Map<KeyStatus, Long>> countByTypeAndStatus() {
        return counts.byTypeAndStatus();
    }

    @Override
    public Map<LocalDate, Long> deliveriesPerDay(Instant from, Instant to, ZoneId zone) {
        return counts.deliveriesPerDay(from, to, zone);
    }

    @Override
    public List<LicenseKey> list(KeyFilter filter, int offset, int limit) {
        return queries.list(filter, offset, limit);
    }

    @Override
    public long count(KeyFilter filter) {
        return queries.count(filter);
    }

    @Override
    public List<LicenseKey> search(String fragment, int limit) {
        return queries.search(fragment, limit);
    }

    @Override
    public KeyScan scan(KeyFilter filter, Consumer<LicenseKey> sink) {
        Objects.requireNonNull(sink, "sink");
        List<Bson> parts = new ArrayList<>();
        filter.type().ifPresent(type -> parts.add(Filters.eq(LicenseKeyEntity.TYPE, type.value())));
        filter.status().ifPresent(status -> parts.add(Filters.eq(LicenseKeyEntity.STATUS, status.wireName())));
        RecordScan scan = scanner.scan(parts.isEmpty() ? Filters.empty() : Filters.and(parts), sink);
        return new KeyScan(scan.records(), scan.unreadable().stream()
                .map(row -> new UnreadableKey(row.storedId(), row.reason())).toList());
    }

    /** Every key, readable or reported, in {@code _id} order. */
    @Override
    public RecordScan exportAll(Consumer<? super LicenseKey> sink) {
        return scanner.scan(Filters.empty(), sink);
    }

    /**
     * Copies keys in as they are (new documents, unordered {@code insertMany} batches): a key whose
     * code is present is counted present; one whose order already has another key is refused and named.
     */
    @Override
    public CopyOutcome importPreserving(List<? extends LicenseKey> keys) {
        return imports.importPreserving(keys);
    }
}
