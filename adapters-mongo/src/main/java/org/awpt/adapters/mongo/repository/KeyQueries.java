package org.awpt.adapters.mongo.repository;

import static dev.morphia.query.filters.Filters.and;
import static dev.morphia.query.filters.Filters.eq;
import static dev.morphia.query.filters.Filters.exists;
import static dev.morphia.query.filters.Filters.gte;
import static dev.morphia.query.filters.Filters.in;
import static dev.morphia.query.filters.Filters.lt;
import static dev.morphia.query.filters.Filters.lte;
import static dev.morphia.query.filters.Filters.or;

import dev.morphia.Datastore;
import dev.morphia.query.FindOptions;
import dev.morphia.query.Query;
import dev.morphia.query.Sort;
import dev.morphia.query.filters.Filter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awpt.adapters.mongo.entity.DeliveryEntity;
import org.awpt.adapters.mongo.entity.LicenseKeyEntity;
import org.awpt.adapters.mongo.entity.LicenseKeyMapper;
import org.awpt.application.port.KeyFilter;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.ShopException;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.OrderId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key inventory's reads: by code and order, by holder, keys awaiting delivery or expiring, pages,
 * filtered counts and search. Keys the original bot sold (no {@code expiresAt}) are found by their
 * {@code usedAt} and their type's validity.
 */
final class KeyQueries {
    private static final Logger LOG = LoggerFactory.getLogger(KeyQueries.class);

    private final Datastore datastore;
    private final LicenseKeyMapper mapper;
    private final LicenseTypeCatalog types;

    KeyQueries(Datastore datastore, LicenseKeyMapper mapper, LicenseTypeCatalog types) {
        this.datastore = datastore;
        this.mapper = mapper;
        this.types = types;
    }

    Optional<LicenseKey> findByCode(KeyCode code) {
        return first(keys().filter(byCode(code)));
    }

    Optional<LicenseKey> findByOrder(OrderId order) {
        return first(keys().filter(eq(LicenseKeyEntity.ORDER_ID, order.value())));
    }

    List<LicenseKey> heldBy(DiscordUserId holder) {
        return newestFirst(keys().filter(eq(LicenseKeyEntity.HOLDER, holder.asString()), usedOrRevoked()));
    }

    List<LicenseKey> heldByRoblox(RobloxUserId account) {
        return newestFirst(keys().filter(eq(LicenseKeyEntity.ROBLOX_USER, account.asString()), usedOrRevoked()));
    }

    private static Filter usedOrRevoked() {
        return in(LicenseKeyEntity.STATUS, List.of(KeyStatus.USED.wireName(), KeyStatus.REVOKED.wireName()));
    }

    private List<LicenseKey> newestFirst(Query<LicenseKeyEntity> query) {
        return list(query, new FindOptions().sort(Sort.descending(LicenseKeyEntity.USED_AT),
                Sort.ascending(LicenseKeyEntity.KEY)));
    }

    List<LicenseKey> pendingDeliveries(KeyStatus status, Instant deliveredBefore, int limit) {
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
                .sorted(Comparator.comparing(KeyQueries::deliveredAt).thenComparing(key -> key.code().value()))
                .limit(limit)
                .toList();
    }

    private static Instant deliveredAt(LicenseKey key) {
        return key.usedAt() != null ? key.usedAt() : key.approvedAt();
    }

    List<LicenseKey> expiringBetween(Instant from, Instant to, int limit) {
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

    List<LicenseKey> list(KeyFilter filter, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return list(matching(filter), stableOrder().skip(Math.max(0, offset)).limit(limit));
    }

    long count(KeyFilter filter) {
        return matching(filter).count();
    }

    List<LicenseKey> search(String fragment, int limit) {
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

    /** The filter selecting one key by its code. */
    static Filter byCode(KeyCode code) {
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
}
