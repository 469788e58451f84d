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
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import dev.morphia.Datastore;
import dev.morphia.query.FindOptions;
import dev.morphia.query.Query;
import dev.morphia.query.Sort;
import dev.morphia.query.filters.Filter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.awpt.adapters.mongo.entity.DeliveryEntity;
import org.awpt.adapters.mongo.entity.LicenseKeyEntity;
import org.awpt.adapters.mongo.entity.LicenseKeyMapper;
import org.awpt.application.port.InsertOutcome;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.LicenseKeyRepository;
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
 * <p>No multi-document transaction is used anywhere (the embedded server has none). Each change is
 * one atomic single-document write: a claim is one {@code findOneAndUpdate} on
 * {@code {type, status: available}}, and the sparse unique index on {@code orderId} makes the server
 * refuse a second key for the same order. Other transitions read the key, compute its next state
 * with the domain, and write it back only if its revision is unchanged.
 */
public final class MongoLicenseKeyRepository implements LicenseKeyRepository {
    /** Keys per {@code insertMany}: large enough to be fast, small enough to stay far below 16 MiB. */
    static final int IMPORT_BATCH = 1_000;
    private static final int MAX_WRITE_ATTEMPTS = 32;
    /** Any well-formed code: claims compute their update from a key in stock of the order's type. */
    private static final KeyCode TEMPLATE_CODE = new KeyCode("0".repeat(KeyCode.LENGTH));
    private static final Pattern WELL_FORMED_CODE = Pattern.compile("^[A-Za-z0-9]{" + KeyCode.LENGTH + "}$");
    private static final Logger LOG = LoggerFactory.getLogger(MongoLicenseKeyRepository.class);

    private final Datastore datastore;
    private final LicenseKeyMapper mapper;
    private final LicenseTypeCatalog types;

    /** A repository over the datastore's {@code licensekeys}; legacy expiries come from the catalog. */
    public MongoLicenseKeyRepository(Datastore datastore, LicenseTypeCatalog types) {
        this.datastore = datastore;
        this.types = types;
        this.mapper = new LicenseKeyMapper(types);
    }

    @Override
    public InsertOutcome insertAll(List<LicenseKey> keys) {
        int inserted = 0;
        Set<KeyCode> alreadyPresent = new HashSet<>();
        for (int from = 0; from < keys.size(); from += IMPORT_BATCH) {
            List<LicenseKey> batch = keys.subList(from, Math.min(keys.size(), from + IMPORT_BATCH));
            List<LicenseKeyEntity> documents = batch.stream().map(mapper::newDocument).toList();
            try {
                // Unordered: the server inserts every new code and reports each duplicate by its index.
                collection().insertMany(documents, new InsertManyOptions().ordered(false));
                inserted += documents.size();
            } catch (MongoBulkWriteException e) {
                List<BulkWriteError> others = new ArrayList<>();
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (Duplicates.isDuplicateKey(error.getCode())) {
                        alreadyPresent.add(batch.get(error.getIndex()).code());
                    } else {
                        others.add(error);
                    }
                }
                if (!others.isEmpty()) {
                    throw e;
                }
                inserted += documents.size() - e.getWriteErrors().size();
            }
        }
        return new InsertOutcome(inserted, alreadyPresent);
    }

    @Override
    public Optional<LicenseKey> claim(ClaimOrder order, Instant now) {
        LicenseKey next = LicenseKey.inStock(TEMPLATE_CODE, order.type().code(), now).deliver(order, now);
        return takeFromStock(order.orderId(), order.type().code(), next);
    }

    @Override
    public Optional<LicenseKey> reserve(OrderId requestLine, LicenseTypeCode type, DiscordUserId requester,
            Instant now) {
        LicenseKey next = LicenseKey.inStock(TEMPLATE_CODE, type, now).reserve(requestLine, requester, now);
        return takeFromStock(requestLine, type, next);
    }

    /**
     * One {@code findOneAndUpdate} on any available key of the type, without a sort (a sort makes the
     * embedded server scan and sort the whole collection per claim). The sparse unique index on the
     * order id makes the server refuse (11000) a second key for an order that has one, whether the
     * claim is a retry or runs concurrently: the order's key is then returned as it is. When no key
     * is available, the order may still have one from an earlier claim.
     */
    private Optional<LicenseKey> takeFromStock(OrderId order, LicenseTypeCode type, LicenseKey next) {
        try {
            // Status first: the embedded server scans, and a sold key then fails on the first field.
            // The form check is evaluated only on available keys of the type: a malformed code left in
            // an old database is never sold, since AWPT could not read it back.
            LicenseKeyEntity taken = collection().findOneAndUpdate(
                    Filters.and(Filters.eq(LicenseKeyEntity.STATUS, KeyStatus.AVAILABLE.wireName()),
                            Filters.eq(LicenseKeyEntity.TYPE, type.value()),
                            Filters.regex(LicenseKeyEntity.KEY, WELL_FORMED_CODE)),
                    mapper.stateUpdate(next, Updates.inc(LicenseKeyEntity.REVISION, 1L)),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            return taken != null ? Optional.of(mapper.toDomain(taken)) : findByOrder(order);
        } catch (MongoException e) {
            if (!Duplicates.isDuplicateKey(e)) {
                throw e;
            }
            return Optional.of(findByOrder(order).orElseThrow(() -> e));
        }
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
     * in between. An unchanged state is not written.
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
            Bson sameRevision = current.hasRevision()
                    ? Filters.eq(LicenseKeyEntity.REVISION, current.revision())
                    : Filters.exists(LicenseKeyEntity.REVISION, false);
            LicenseKeyEntity written = collection().findOneAndUpdate(
                    Filters.and(Filters.eq("_id", current.id()), sameRevision),
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
        return keys().filter(eq(LicenseKeyEntity.TYPE, type.value()),
                eq(LicenseKeyEntity.STATUS, KeyStatus.AVAILABLE.wireName())).count();
    }

    @Override
    public Map<LicenseTypeCode, Map<KeyStatus, Long>> countByTypeAndStatus() {
        Map<LicenseTypeCode, Map<KeyStatus, Long>> counts = new LinkedHashMap<>();
        List<Document> groups = raw().aggregate(List.of(Aggregates.group(
                new Document("type", "$" + LicenseKeyEntity.TYPE).append("status", "$" + LicenseKeyEntity.STATUS),
                Accumulators.sum("n", 1)))).into(new ArrayList<>());
        for (Document group : groups) {
            Document id = group.get("_id", Document.class);
            try {
                LicenseTypeCode type = new LicenseTypeCode(id.getString("type"));
                KeyStatus status = KeyStatus.fromWireName(id.getString("status"));
                counts.computeIfAbsent(type, t -> new LinkedHashMap<>())
                        .merge(status, group.get("n", Number.class).longValue(), Long::sum);
            } catch (IllegalArgumentException | NullPointerException | ClassCastException unreadable) {
                LOG.warn("Skipping {} keys with an unreadable type or status {} in the statistics",
                        group.get("n"), id);
            }
        }
        return counts;
    }

    @Override
    public Map<LocalDate, Long> deliveriesPerDay(Instant from, Instant to, ZoneId zone) {
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        if (!from.isBefore(to)) {
            return perDay;
        }
        Document day = new Document("$dateToString", new Document("format", "%Y-%m-%d")
                .append("date", "$" + LicenseKeyEntity.USED_AT).append("timezone", timezoneName(zone)));
        List<Document> groups = raw().aggregate(List.of(
                Aggregates.match(Filters.and(Filters.gte(LicenseKeyEntity.USED_AT, Date.from(from)),
                        Filters.lt(LicenseKeyEntity.USED_AT, Date.from(to)))),
                Aggregates.group(day, Accumulators.sum("n", 1)),
                Aggregates.sort(new Document("_id", 1)))).into(new ArrayList<>());
        for (Document group : groups) {
            perDay.put(LocalDate.parse(group.getString("_id")), group.get("n", Number.class).longValue());
        }
        return perDay;
    }

    /** MongoDB takes Olson names and {@code +hh:mm} offsets; Java writes UTC's offset as {@code Z}. */
    static String timezoneName(ZoneId zone) {
        ZoneId normalized = zone.normalized();
        if (normalized instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
        }
        return zone.getId();
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
    public List<LicenseKey> search(String fragment, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // Taken literally: quoted, and passed as a BSON regular expression (Morphia's regex filter is
        // refused by the embedded server; this form works on both it and MongoDB).
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
