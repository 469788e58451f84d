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
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.awpt.adapters.mongo.Writers;
import org.awpt.adapters.mongo.entity.DeliveryEntity;
import org.awpt.adapters.mongo.entity.LicenseKeyEntity;
import org.awpt.adapters.mongo.entity.LicenseKeyMapper;
import org.awpt.adapters.mongo.repository.KeyTally.Move;
import org.awpt.adapters.mongo.repository.KeyTally.Slot;
import org.awpt.application.port.InsertOutcome;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.KeyScan;
import org.awpt.application.port.UnreadableKey;
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
import org.bson.BsonDocumentReader;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key inventory in the original bot's {@code licensekeys} collection.
 *
 * <p>No multi-document transaction is used anywhere (the embedded server has none). Each change is
 * one atomic single-document write: a claim is one {@code findOneAndUpdate} of a key that must still
 * be available (candidates come from {@link StockHints}), and the sparse unique index on
 * {@code orderId} makes the server refuse a second key for the same order. Other transitions read the
 * key, compute its next state with the domain, and write it back only if its revision is unchanged.
 *
 * <p>Filters that must be answered from an index are flat documents naming exactly a unique index's
 * fields: the embedded server uses an index only then (and the driver's {@code Filters.and} renders
 * {@code $and}, which it never answers from an index).
 */
public final class MongoLicenseKeyRepository implements LicenseKeyRepository {
    /** Keys per {@code insertMany}: large enough to be fast, small enough to stay far below 16 MiB. */
    static final int IMPORT_BATCH = 1_000;
    private static final int MAX_WRITE_ATTEMPTS = 32;
    /** Candidates looked up per scan: one scan serves this many claims of a type. */
    static final int HINT_BATCH = 512;
    /** Any well-formed code: claims compute their update from a key in stock of the order's type. */
    private static final KeyCode TEMPLATE_CODE = new KeyCode("0".repeat(KeyCode.LENGTH));
    private static final Pattern WELL_FORMED_CODE = Pattern.compile("^[A-Za-z0-9]{" + KeyCode.LENGTH + "}$");
    /** Documents read per page of a scan. */
    private static final int SCAN_BATCH = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(MongoLicenseKeyRepository.class);

    private final Datastore datastore;
    private final LicenseKeyMapper mapper;
    private final LicenseTypeCatalog types;
    private final KeyTally tally;
    private final StockHints hints = new StockHints(HINT_BATCH);

    /**
     * A repository over the datastore's {@code licensekeys}; legacy expiries come from the catalog.
     * With {@link Writers#THIS_PROCESS} the key counts are kept in memory, which is exact only if
     * nothing else writes the collection.
     */
    public MongoLicenseKeyRepository(Datastore datastore, LicenseTypeCatalog types, Writers writers) {
        this.datastore = datastore;
        this.types = types;
        this.mapper = new LicenseKeyMapper(types);
        this.tally = Objects.requireNonNull(writers, "writers") == Writers.THIS_PROCESS
                ? KeyTally.forSoleWriter() : KeyTally.disabled();
    }

    @Override
    public InsertOutcome insertAll(List<LicenseKey> keys) {
        int inserted = 0;
        Set<KeyCode> alreadyPresent = new HashSet<>();
        for (int from = 0; from < keys.size(); from += IMPORT_BATCH) {
            List<LicenseKey> batch = keys.subList(from, Math.min(keys.size(), from + IMPORT_BATCH));
            List<LicenseKeyEntity> documents = batch.stream().map(mapper::newDocument).toList();
            Set<Integer> refused = tallied(() -> insertBatch(documents), duplicates -> {
                List<Move> moves = new ArrayList<>();
                for (int i = 0; i < documents.size(); i++) {
                    if (!duplicates.contains(i)) {
                        moves.add(new Move(null, slotOf(documents.get(i))));
                    }
                }
                return moves;
            });
            refused.forEach(index -> alreadyPresent.add(batch.get(index).code()));
            inserted += documents.size() - refused.size();
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
     * Tries candidates of the type until one is still available, each with one
     * {@code findOneAndUpdate} conditioned on {@code {status: available, key}} (answered from the
     * unique {@code key + status} index, so no claim scans past sold keys), without a sort. The sparse
     * unique index on the order id makes the server refuse (11000) a second key for an order that has
     * one, whether the claim is a retry or runs concurrently: the order's key is then returned as it
     * is. When no key is available, the order may still have one from an earlier claim.
     */
    private Optional<LicenseKey> takeFromStock(OrderId order, LicenseTypeCode type, LicenseKey next) {
        Bson update = mapper.stateUpdate(next, Updates.inc(LicenseKeyEntity.REVISION, 1L));
        String typeCode = type.value();
        Function<Integer, List<String>> lookUp = howMany -> inStock(typeCode, howMany);
        for (String candidate = hints.next(typeCode, lookUp); candidate != null;
                candidate = hints.next(typeCode, lookUp)) {
            Bson stillInStock = new Document(LicenseKeyEntity.STATUS, KeyStatus.AVAILABLE.wireName())
                    .append(LicenseKeyEntity.KEY, candidate);
            LicenseKeyEntity taken;
            try {
                taken = tallied(() -> collection().findOneAndUpdate(stillInStock, update,
                                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)),
                        after -> after == null ? List.of()
                                : List.of(new Move(new Slot(after.typeCode(), KeyStatus.AVAILABLE.wireName()),
                                        slotOf(after))));
            } catch (MongoException e) {
                if (!Duplicates.isDuplicateKey(e)) {
                    throw e;
                }
                return Optional.of(findByOrder(order).orElseThrow(() -> e));
            }
            if (taken != null) {
                return Optional.of(mapper.toDomain(taken));
            }
        }
        return findByOrder(order);
    }

    /**
     * Up to {@code howMany} codes of keys of the type in stock, in storage order, without a sort.
     * Status first: the embedded server scans, and a sold key then fails on the first field. A
     * malformed code left in an old database is never offered, since AWPT could not read it back.
     */
    private List<String> inStock(String type, int howMany) {
        List<String> codes = new ArrayList<>(howMany);
        Bson available = new Document(LicenseKeyEntity.STATUS, KeyStatus.AVAILABLE.wireName())
                .append(LicenseKeyEntity.TYPE, type)
                .append(LicenseKeyEntity.KEY, WELL_FORMED_CODE);
        try (MongoCursor<Document> cursor = raw().find(available).projection(Projections.include(LicenseKeyEntity.KEY))
                .limit(howMany).batchSize(howMany).iterator()) {
            cursor.forEachRemaining(document -> codes.add(document.getString(LicenseKeyEntity.KEY)));
        }
        return codes;
    }

    /**
     * Runs one write and moves the tally by its outcome. A duplicate-key refusal changed nothing;
     * any other failure leaves the outcome unknown, and the tally is recounted.
     */
    private <T> T tallied(Supplier<T> write, Function<T, List<Move>> moves) {
        tally.writeStarting();
        T result;
        try {
            result = write.get();
        } catch (MongoException e) {
            if (Duplicates.isDuplicateKey(e) && !(e instanceof MongoBulkWriteException)) {
                tally.writeDone(List.of());
            } else {
                tally.writeUncertain();
            }
            throw e;
        } catch (RuntimeException | Error e) {
            tally.writeUncertain();
            throw e;
        }
        tally.writeDone(moves.apply(result));
        return result;
    }

    private static Slot slotOf(LicenseKeyEntity document) {
        return new Slot(document.typeCode(), document.statusName());
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
            // With a revision: answered from the unique key + rev index. The original's documents have
            // none, and are changed by id once (the embedded server scans for that first change).
            Bson sameRevision = current.hasRevision()
                    ? new Document(LicenseKeyEntity.KEY, current.code()).append(LicenseKeyEntity.REVISION,
                            current.revision())
                    : Filters.and(Filters.eq("_id", current.id()), Filters.exists(LicenseKeyEntity.REVISION, false));
            LicenseKeyEntity written = tallied(() -> collection().findOneAndUpdate(sameRevision,
                            mapper.stateUpdate(after, Updates.set(LicenseKeyEntity.REVISION, current.revision() + 1)),
                            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)),
                    done -> done == null ? List.of() : List.of(new Move(slotOf(current), slotOf(done))));
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
        return talliedCount(KeyFilter.of(type, KeyStatus.AVAILABLE));
    }

    @Override
    public Map<LicenseTypeCode, Map<KeyStatus, Long>> countByTypeAndStatus() {
        Map<Slot, Long> slots = tally.counts().orElseGet(this::countSlots);
        Map<LicenseTypeCode, Map<KeyStatus, Long>> counts = new LinkedHashMap<>();
        slots.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Slot, Long> entry) -> String.valueOf(entry.getKey().type()))
                        .thenComparing(entry -> String.valueOf(entry.getKey().status())))
                .forEach(entry -> {
                    Slot slot = entry.getKey();
                    try {
                        LicenseTypeCode type = new LicenseTypeCode((String) slot.type());
                        KeyStatus status = KeyStatus.fromWireName((String) slot.status());
                        counts.computeIfAbsent(type, t -> new LinkedHashMap<>()).merge(status, entry.getValue(), Long::sum);
                    } catch (IllegalArgumentException | NullPointerException | ClassCastException unreadable) {
                        LOG.warn("Skipping {} keys with an unreadable type or status {} in the statistics",
                                entry.getValue(), slot);
                    }
                });
        return counts;
    }

    /**
     * Counts every type and status in one aggregation, and seeds the tally with it when no write
     * ran meanwhile.
     */
    private Map<Slot, Long> countSlots() {
        long mark = tally.seedMark();
        Map<Slot, Long> slots = new HashMap<>();
        List<Document> groups = raw().aggregate(List.of(Aggregates.group(
                new Document("type", "$" + LicenseKeyEntity.TYPE).append("status", "$" + LicenseKeyEntity.STATUS),
                Accumulators.sum("n", 1)))).into(new ArrayList<>());
        for (Document group : groups) {
            Document id = group.get("_id", Document.class);
            slots.merge(new Slot(id.get("type"), id.get("status")), group.get("n", Number.class).longValue(), Long::sum);
        }
        tally.seed(mark, slots);
        return slots;
    }

    /** The count from the tally when this process keeps one, else from the server. */
    private long talliedCount(KeyFilter filter) {
        Optional<Map<Slot, Long>> slots = tally.counts();
        if (slots.isEmpty() && tally.seedMark() >= 0) {
            slots = Optional.of(countSlots());
        }
        if (slots.isEmpty()) {
            return matching(filter).count();
        }
        String type = filter.type().map(LicenseTypeCode::value).orElse(null);
        String status = filter.status().map(KeyStatus::wireName).orElse(null);
        return slots.get().entrySet().stream()
                .filter(entry -> type == null || type.equals(entry.getKey().type()))
                .filter(entry -> status == null || status.equals(entry.getKey().status()))
                .mapToLong(Map.Entry::getValue)
                .sum();
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
        return talliedCount(filter);
    }

    /**
     * Pages by {@code _id} (immutable and always indexed): each page starts after the last id read, so
     * a key is read at most once and one that keeps its status is never skipped, whatever else changes.
     * Documents are decoded one by one, so one that AWPT cannot read is reported by its id.
     */
    @Override
    public KeyScan scan(KeyFilter filter, Consumer<LicenseKey> sink) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sink, "sink");
        List<Bson> parts = new ArrayList<>();
        filter.type().ifPresent(type -> parts.add(Filters.eq(LicenseKeyEntity.TYPE, type.value())));
        filter.status().ifPresent(status -> parts.add(Filters.eq(LicenseKeyEntity.STATUS, status.wireName())));
        var codec = datastore.getCodecRegistry().get(LicenseKeyEntity.class);
        List<UnreadableKey> unreadable = new ArrayList<>();
        long handed = 0;
        Object last = null;
        while (true) {
            List<Bson> page = new ArrayList<>(parts);
            if (last != null) {
                page.add(Filters.gt("_id", last));
            }
            List<Document> batch = raw().find(page.isEmpty() ? new Document() : Filters.and(page))
                    .sort(new Document("_id", 1)).limit(SCAN_BATCH).into(new ArrayList<>());
            for (Document document : batch) {
                last = document.get("_id");
                Optional<LicenseKey> key;
                try {
                    key = Optional.of(mapper.toDomain(codec.decode(
                            new BsonDocumentReader(document.toBsonDocument()), DecoderContext.builder().build())));
                } catch (RuntimeException e) {
                    unreadable.add(new UnreadableKey(String.valueOf(last), e.getClass().getSimpleName()));
                    key = Optional.empty();
                }
                if (key.isPresent()) {
                    sink.accept(key.get());
                    handed++;
                }
            }
            if (batch.size() < SCAN_BATCH) {
                return new KeyScan(handed, unreadable);
            }
        }
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
