package org.awpt.adapters.mongo.repository;

import static dev.morphia.query.filters.Filters.and;
import static dev.morphia.query.filters.Filters.eq;
import static dev.morphia.query.filters.Filters.exists;
import static dev.morphia.query.filters.Filters.gte;
import static dev.morphia.query.filters.Filters.in;
import static dev.morphia.query.filters.Filters.lt;
import static dev.morphia.query.filters.Filters.lte;
import static dev.morphia.query.filters.Filters.or;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import dev.morphia.Datastore;
import dev.morphia.query.FindOptions;
import dev.morphia.query.Query;
import dev.morphia.query.Sort;
import dev.morphia.query.filters.Filter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.awpt.adapters.mongo.entity.DeliveryEntity;
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
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.ShopException;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key inventory in the original bot's {@code licensekeys} collection.
 *
 * <p>No multi-document transaction is used anywhere. Each change is one atomic single-document
 * write: a claim is one {@code findOneAndUpdate} of any key of the type still in stock (served by
 * the {@code type + status + createdAt} index, no sort), and the sparse unique index on
 * {@code orderId} makes the server refuse a second key for the same order. Other transitions read
 * the key, compute its next state with the domain, and write it back only if its revision is
 * unchanged. Counts are asked of the server every time ({@link KeyCounts}).
 */
public final class MongoLicenseKeyRepository implements LicenseKeyRepository, StoredRecords<LicenseKey> {
    /** Keys per {@code insertMany}: large enough to be fast, small enough to stay far below 16 MiB. */
    static final int IMPORT_BATCH = 1_000;
    private static final int MAX_WRITE_ATTEMPTS = 32;
    /** A malformed code left in an old database is never sold: AWPT could not read it back. */
    private static final Pattern WELL_FORMED_CODE = Pattern.compile("^[A-Za-z0-9]{" + KeyCode.LENGTH + "}$");
    private static final Logger LOG = LoggerFactory.getLogger(MongoLicenseKeyRepository.class);

    private final Datastore datastore;
    private final LicenseKeyMapper mapper;
    private final LicenseTypeCatalog types;
    private final KeyCounts counts;
    private final DocumentScanner<LicenseKeyEntity, LicenseKey> scanner;

    /** A repository over the datastore's {@code licensekeys}; legacy expiries come from the catalog. */
    public MongoLicenseKeyRepository(Datastore datastore, LicenseTypeCatalog types) {
        this.datastore = datastore;
        this.types = types;
        this.mapper = new LicenseKeyMapper(types);
        this.counts = new KeyCounts(raw());
        this.scanner = new DocumentScanner<>(raw(), datastore.getCodecRegistry().get(LicenseKeyEntity.class),
                entity -> mapper.toDomain(entity));
    }

    @Override
    public InsertOutcome insertAll(List<LicenseKey> keys) {
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

    /** Inserts the batch; the positions the server refused as duplicates; any other failure is thrown. */
    private Set<Integer> insertBatch(List<LicenseKeyEntity> documents) {
        try {
            // Unordered: the server inserts every new code and reports each duplicate by its index.
            collection().insertMany(documents, new InsertManyOptions().ordered(false));
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

    @Override
    public Optional<LicenseKey> claim(ClaimOrder order, Instant now) {
        LicenseKey next = LicenseKey.stateOfClaim(order, now);
        return takeFromStock(order.orderId(), order.type().code(), next);
    }

    @Override
    public Optional<LicenseKey> reserve(OrderId requestLine, LicenseTypeCode type, DiscordUserId requester,
            Instant now) {
        LicenseKey next = LicenseKey.stateOfReservation(requestLine, type, requester, now);
        return takeFromStock(requestLine, type, next);
    }

    /**
     * One {@code findOneAndUpdate} of any well-formed key of the type in stock, without a sort (a
     * sort would make the server order the whole stock per claim). The sparse unique index on the
     * order id makes the server refuse (11000) a second key for an order that has one, whether the
     * claim is a retry or runs concurrently: the order's key is then returned as it is. When no key is
     * available, the order may still have one from an earlier claim.
     */
    private Optional<LicenseKey> takeFromStock(OrderId order, LicenseTypeCode type, LicenseKey next) {
        Bson inStock = Filters.and(Filters.eq(LicenseKeyEntity.TYPE, type.value()),
                Filters.eq(LicenseKeyEntity.STATUS, KeyStatus.AVAILABLE.wireName()),
                Filters.regex(LicenseKeyEntity.KEY, WELL_FORMED_CODE));
        LicenseKeyEntity taken;
        try {
            taken = collection().findOneAndUpdate(inStock,
                    mapper.stateUpdate(next, Updates.inc(LicenseKeyEntity.REVISION, 1L)),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        } catch (MongoException e) {
            if (!Duplicates.isDuplicateKey(e)) {
                throw e;
            }
            return Optional.of(findByOrder(order).orElseThrow(() -> e));
        }
        return taken != null ? Optional.of(mapper.toDomain(taken)) : findByOrder(order);
    }

    @Override
    public Optional<LicenseKey> approveReservation(OrderId requestLine, DiscordUserId admin, Instant now) {
        return change(eq(LicenseKeyEntity.ORDER_ID, requestLine.value()), key -> key.approveReservation(admin, now));
    }

    @Override
    public Optional<LicenseKey> release(OrderId order) {
        try {
            return change(eq(LicenseKeyEntity.ORDER_ID, order.value()), LicenseKey::releaseToStock);
        } catch (IllegalTransitionException told) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<LicenseKey> revoke(KeyCode code, DiscordUserId admin, String reason, Instant now) {
        return change(byCode(code), key -> key.revoke(admin, reason, now));
    }

    @Override
    public Optional<LicenseKey> markTold(KeyCode code, DeliveryChannel via, Instant at) {
        return change(byCode(code), key -> key.markTold(via, at));
    }

    @Override
    public Optional<LicenseKey> markDeliveryFailed(KeyCode code, Instant at) {
        return change(byCode(code), key -> key.markDeliveryFailed(at));
    }

    /**
     * Reads the key, lets the domain compute its next state (and refuse illegal moves), and writes
     * that state in one update conditioned on the revision read, retrying when someone else wrote
     * in between. An unchanged state is not written. The original's documents have no revision:
     * their first change is conditioned on its absence.
     */
    private Optional<LicenseKey> change(Filter selector, UnaryOperator<LicenseKey> transition) {
        for (int attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
            LicenseKeyEntity current = keys().filter(selector).first();
            if (current == null) {
                return Optional.empty();
            }
            LicenseKey before = mapper.toDomain(current);
            LicenseKey after = transition.apply(before);
            if (after.equals(before)) {
                return Optional.of(before);
            }
            Bson sameRevision = Filters.and(Filters.eq("_id", current.id()), current.hasRevision()
                    ? Filters.eq(LicenseKeyEntity.REVISION, current.revision())
                    : Filters.exists(LicenseKeyEntity.REVISION, false));
            LicenseKeyEntity written = collection().findOneAndUpdate(sameRevision,
                    mapper.stateUpdate(after, Updates.set(LicenseKeyEntity.REVISION, current.revision() + 1)),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (written != null) {
                return Optional.of(mapper.toDomain(written));
            }
        }
        throw new IllegalStateException("a key kept changing while it was being updated; giving up after "
                + MAX_WRITE_ATTEMPTS + " tries");
    }

    @Override
    public Optional<LicenseKey> findByCode(KeyCode code) {
        return first(keys().filter(byCode(code)));
    }

    @Override
    public Optional<LicenseKey> findByOrder(OrderId order) {
        return first(keys().filter(eq(LicenseKeyEntity.ORDER_ID, order.value())));
    }

    @Override
    public List<LicenseKey> heldBy(DiscordUserId holder) {
        return newestFirst(keys().filter(eq(LicenseKeyEntity.HOLDER, holder.asString()), usedOrRevoked()));
    }

    @Override
    public List<LicenseKey> heldByRoblox(RobloxUserId account) {
        return newestFirst(keys().filter(eq(LicenseKeyEntity.ROBLOX_USER, account.asString()), usedOrRevoked()));
    }

    private static Filter usedOrRevoked() {
        return in(LicenseKeyEntity.STATUS, List.of(KeyStatus.USED.wireName(), KeyStatus.REVOKED.wireName()));
    }

    private List<LicenseKey> newestFirst(Query<LicenseKeyEntity> query) {
        return list(query, new FindOptions().sort(Sort.descending(LicenseKeyEntity.USED_AT),
                Sort.ascending(LicenseKeyEntity.KEY)));
    }

    @Override
    public List<LicenseKey> pendingDeliveries(KeyStatus status, Instant deliveredBefore, int limit) {
        Objects.requireNonNull(status, "status");
        if (limit <= 0) {
            return List.of();
        }
        // Few keys wait for delivery at any time: the order by delivery time is taken here.
        List<LicenseKey> pending = list(keys().filter(exists(LicenseKeyEntity.DELIVERY),
                exists(LicenseKeyEntity.DELIVERY + "." + DeliveryEntity.TOLD_AT).not(),
                eq(LicenseKeyEntity.STATUS, status.wireName()),
                or(lte(LicenseKeyEntity.USED_AT, deliveredBefore), lte(LicenseKeyEntity.APPROVED_AT, deliveredBefore))),
                new FindOptions());
        return pending.stream()
                .filter(LicenseKey::hasPendingDelivery)
                .filter(key -> !deliveredAt(key).isAfter(deliveredBefore))
                .sorted(Comparator.comparing(MongoLicenseKeyRepository::deliveredAt)
                        .thenComparing(key -> key.code().value()))
                .limit(limit)
                .toList();
    }

    private static Instant deliveredAt(LicenseKey key) {
        return key.usedAt() != null ? key.usedAt() : key.approvedAt();
    }

    @Override
    public List<LicenseKey> expiringBetween(Instant from, Instant to, int limit) {
        if (limit <= 0 || !from.isBefore(to)) {
            return List.of();
        }
        List<Filter> windows = new ArrayList<>();
        windows.add(and(gte(LicenseKeyEntity.EXPIRES_AT, from), lt(LicenseKeyEntity.EXPIRES_AT, to)));
        // Keys sold by the original have no expiresAt: they expire their type's validity after usedAt.
        for (LicenseType type : types.all()) {
            windows.add(and(eq(LicenseKeyEntity.TYPE, type.code().value()), exists(LicenseKeyEntity.EXPIRES_AT).not(),
                    gte(LicenseKeyEntity.USED_AT, from.minus(type.validity())),
                    lt(LicenseKeyEntity.USED_AT, to.minus(type.validity()))));
        }
        List<LicenseKey> expiring = list(keys().filter(eq(LicenseKeyEntity.STATUS, KeyStatus.USED.wireName()),
                or(windows.toArray(Filter[]::new))), new FindOptions());
        return expiring.stream()
                .filter(key -> !key.expiresAt().isBefore(from) && key.expiresAt().isBefore(to))
                .sorted(Comparator.comparing(LicenseKey::expiresAt).thenComparing(key -> key.code().value()))
                .limit(limit)
                .toList();
    }

    @Override
    public long countAvailable(LicenseTypeCode type) {
        return count(KeyFilter.of(type, KeyStatus.AVAILABLE));
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
        if (limit <= 0) {
            return List.of();
        }
        return list(matching(filter), stableOrder().skip(Math.max(0, offset)).limit(limit));
    }

    @Override
    public long count(KeyFilter filter) {
        return matching(filter).count();
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
        CopyOutcome outcome = CopyOutcome.NONE;
        for (int from = 0; from < keys.size(); from += IMPORT_BATCH) {
            List<? extends LicenseKey> batch = keys.subList(from, Math.min(keys.size(), from + IMPORT_BATCH));
            Set<Integer> conflicts = insertBatch(batch.stream().map(mapper::newDocument).toList());
            Set<String> present = new HashSet<>();
            if (!conflicts.isEmpty()) {
                List<String> codes = conflicts.stream().map(index -> batch.get(index).code().value()).toList();
                raw().find(Filters.in(LicenseKeyEntity.KEY, codes)).projection(Projections.include(LicenseKeyEntity.KEY))
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

    @Override
    public List<LicenseKey> search(String fragment, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // Taken literally: quoted, and passed as a BSON regular expression.
        Pattern literal = Pattern.compile(Pattern.quote(fragment == null ? "" : fragment), Pattern.CASE_INSENSITIVE);
        return list(keys().filter(eq(LicenseKeyEntity.KEY, literal)), stableOrder().limit(limit));
    }

    private Query<LicenseKeyEntity> matching(KeyFilter filter) {
        List<Filter> parts = new ArrayList<>();
        filter.type().ifPresent(type -> parts.add(eq(LicenseKeyEntity.TYPE, type.value())));
        filter.status().ifPresent(status -> parts.add(eq(LicenseKeyEntity.STATUS, status.wireName())));
        return keys().filter(parts.toArray(Filter[]::new));
    }

    private static FindOptions stableOrder() {
        return new FindOptions().sort(Sort.ascending(LicenseKeyEntity.CREATED_AT), Sort.ascending(LicenseKeyEntity.KEY));
    }

    private static Filter byCode(KeyCode code) {
        return eq(LicenseKeyEntity.KEY, code.value());
    }

    private Optional<LicenseKey> first(Query<LicenseKeyEntity> query) {
        return Optional.ofNullable(query.first()).map(mapper::toDomain);
    }

    /** The keys a query finds; documents AWPT cannot read (left by older tools) are skipped with a warning. */
    private List<LicenseKey> list(Query<LicenseKeyEntity> query, FindOptions options) {
        try (var cursor = query.iterator(options)) {
            List<LicenseKey> result = new ArrayList<>();
            cursor.forEachRemaining(entity -> readable(entity).ifPresent(result::add));
            return result;
        }
    }

    private Optional<LicenseKey> readable(LicenseKeyEntity entity) {
        try {
            return Optional.of(mapper.toDomain(entity));
        } catch (ShopException | IllegalArgumentException | NullPointerException unreadable) {
            // Named by document id: the content may hold a key code, which is never logged.
            LOG.warn("Skipping license key document {} that AWPT cannot read: {}", entity.id(),
                    unreadable.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private Query<LicenseKeyEntity> keys() {
        return datastore.find(LicenseKeyEntity.class);
    }

    private MongoCollection<LicenseKeyEntity> collection() {
        return datastore.getCollection(LicenseKeyEntity.class);
    }

    private MongoCollection<Document> raw() {
        return datastore.getDatabase().getCollection(LicenseKeyEntity.COLLECTION);
    }
}
