package org.awpt.application.fake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.InsertOutcome;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.KeyScan;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.StoredRecords;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;

/**
 * The key inventory in memory. One lock guards every operation, so each change is atomic and
 * every read sees one consistent state; every change goes through the matching {@link LicenseKey}
 * transition, so this fake and the domain cannot disagree.
 *
 * <p>A claim takes the oldest available key of the type (creation time, then code).
 */
public final class InMemoryLicenseKeyRepository implements LicenseKeyRepository, StoredRecords<LicenseKey> {
    /** The stable order of lists: creation time, then code. */
    public static final Comparator<LicenseKey> STABLE_ORDER =
            Comparator.comparing(LicenseKey::createdAt).thenComparing(k -> k.code().value());

    private static final Comparator<LicenseKey> NEWEST_USE_FIRST =
            Comparator.comparing(LicenseKey::usedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(STABLE_ORDER);

    private final Object lock = new Object();
    private final Map<KeyCode, LicenseKey> byCode = new ConcurrentHashMap<>();
    private final Map<OrderId, KeyCode> byOrder = new ConcurrentHashMap<>();
    private final Map<LicenseTypeCode, NavigableSet<LicenseKey>> available = new HashMap<>();

    @Override
    public InsertOutcome insertAll(List<LicenseKey> keys) {
        Objects.requireNonNull(keys, "keys");
        synchronized (lock) {
            int inserted = 0;
            Set<KeyCode> present = new HashSet<>();
            for (LicenseKey key : keys) {
                if (byCode.containsKey(key.code())) {
                    present.add(key.code());
                } else {
                    store(key);
                    inserted++;
                }
            }
            return new InsertOutcome(inserted, present);
        }
    }

    @Override
    public RecordScan exportAll(Consumer<? super LicenseKey> sink) {
        List<LicenseKey> all;
        synchronized (lock) {
            all = byCode.values().stream().sorted(STABLE_ORDER).toList();
        }
        return FakeRecords.exportAll(all, sink);
    }

    @Override
    public CopyOutcome importPreserving(List<? extends LicenseKey> keys) {
        synchronized (lock) {
            int copied = 0;
            int present = 0;
            List<String> refused = new ArrayList<>();
            for (LicenseKey key : keys) {
                if (byCode.containsKey(key.code())) {
                    present++;
                } else if (key.orderId() != null && byOrder.containsKey(key.orderId())) {
                    refused.add("key " + key.code().masked() + ": its order " + key.orderId().value()
                            + " already has another key");
                } else {
                    store(key);
                    copied++;
                }
            }
            return new CopyOutcome(copied, present, refused);
        }
    }

    @Override
    public Optional<LicenseKey> claim(ClaimOrder order, Instant now) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(now, "now");
        return takeFromStock(order.orderId(), order.type().code(), key -> key.deliver(order, now));
    }

    @Override
    public Optional<LicenseKey> reserve(OrderId requestLine, LicenseTypeCode type, DiscordUserId requester,
            Instant now) {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(now, "now");
        return takeFromStock(requestLine, type, key -> key.reserve(requestLine, requester, now));
    }

    @Override
    public Optional<LicenseKey> approveReservation(OrderId requestLine, DiscordUserId admin, Instant now) {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(now, "now");
        synchronized (lock) {
            return keyOfOrder(requestLine).map(key -> store(key.approveReservation(admin, now)));
        }
    }

    @Override
    public Optional<LicenseKey> release(OrderId order) {
        synchronized (lock) {
            Optional<LicenseKey> key = keyOfOrder(order);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            LicenseKey released;
            try {
                released = key.get().releaseToStock();
            } catch (IllegalTransitionException toldOrFinal) {
                // The port leaves a told, approved or revoked key as it is and answers empty.
                return Optional.empty();
            }
            byOrder.remove(order);
            return Optional.of(store(released));
        }
    }

    @Override
    public Optional<LicenseKey> revoke(KeyCode code, DiscordUserId admin, String reason, Instant now) {
        Objects.requireNonNull(now, "now");
        return change(code, key -> key.revoke(admin, reason, now));
    }

    @Override
    public Optional<LicenseKey> markTold(KeyCode code, DeliveryChannel via, Instant at) {
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(at, "at");
        return change(code, key -> key.markTold(via, at));
    }

    @Override
    public Optional<LicenseKey> markDeliveryFailed(KeyCode code, Instant at) {
        Objects.requireNonNull(at, "at");
        return change(code, key -> key.markDeliveryFailed(at));
    }

    @Override
    public Optional<LicenseKey> findByCode(KeyCode code) {
        Objects.requireNonNull(code, "code");
        synchronized (lock) {
            return Optional.ofNullable(byCode.get(code));
        }
    }

    @Override
    public Optional<LicenseKey> findByOrder(OrderId order) {
        synchronized (lock) {
            return keyOfOrder(order);
        }
    }

    @Override
    public List<LicenseKey> heldBy(DiscordUserId holder) {
        Objects.requireNonNull(holder, "holder");
        return select(k -> holder.equals(k.holder()) && k.usedAt() != null, NEWEST_USE_FIRST, 0, Integer.MAX_VALUE);
    }

    @Override
    public List<LicenseKey> heldByRoblox(RobloxUserId account) {
        Objects.requireNonNull(account, "account");
        return select(k -> account.equals(k.robloxUser()) && k.usedAt() != null, NEWEST_USE_FIRST, 0,
                Integer.MAX_VALUE);
    }

    @Override
    public List<LicenseKey> pendingDeliveries(KeyStatus status, Instant deliveredBefore, int limit) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(deliveredBefore, "deliveredBefore");
        Comparator<LicenseKey> oldestFirst =
                Comparator.comparing(InMemoryLicenseKeyRepository::deliveredAt).thenComparing(STABLE_ORDER);
        return select(k -> k.status() == status && k.hasPendingDelivery() && !deliveredAt(k).isAfter(deliveredBefore),
                oldestFirst, 0,
                limit);
    }

    @Override
    public List<LicenseKey> expiringBetween(Instant from, Instant to, int limit) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Comparator<LicenseKey> soonestFirst = Comparator.comparing(LicenseKey::expiresAt).thenComparing(STABLE_ORDER);
        return select(k -> k.status() == KeyStatus.USED && !k.expiresAt().isBefore(from) && k.expiresAt().isBefore(to),
                soonestFirst, 0, limit);
    }

    @Override
    public long countAvailable(LicenseTypeCode type) {
        Objects.requireNonNull(type, "type");
        synchronized (lock) {
            NavigableSet<LicenseKey> stock = available.get(type);
            return stock == null ? 0 : stock.size();
        }
    }

    @Override
    public Map<LicenseTypeCode, Map<KeyStatus, Long>> countByTypeAndStatus() {
        synchronized (lock) {
            Map<LicenseTypeCode, Map<KeyStatus, Long>> counts = new TreeMap<>(Comparator.comparing(LicenseTypeCode::value));
            for (LicenseKey key : byCode.values()) {
                counts.computeIfAbsent(key.type(), t -> new EnumMap<>(KeyStatus.class)).merge(key.status(), 1L, Long::sum);
            }
            return counts;
        }
    }

    @Override
    public Map<LocalDate, Long> deliveriesPerDay(Instant from, Instant to, ZoneId zone) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        synchronized (lock) {
            Map<LocalDate, Long> perDay = new TreeMap<>();
            for (LicenseKey key : byCode.values()) {
                Instant used = key.usedAt();
                if (used != null && !used.isBefore(from) && used.isBefore(to)) {
                    perDay.merge(LocalDate.ofInstant(used, zone), 1L, Long::sum);
                }
            }
            return perDay;
        }
    }

    @Override
    public List<LicenseKey> list(KeyFilter filter, int offset, int limit) {
        Objects.requireNonNull(filter, "filter");
        return select(filter::matches, STABLE_ORDER, offset, limit);
    }

    @Override
    public long count(KeyFilter filter) {
        Objects.requireNonNull(filter, "filter");
        synchronized (lock) {
            return byCode.values().stream().filter(filter::matches).count();
        }
    }

    /**
     * Copies the matching keys under the lock (one consistent state, in code order) and hands them over
     * outside it, so a sink may call back into this repository. Unlike a real store, this copy grows
     * with the inventory; nothing here can be unreadable.
     */
    @Override
    public KeyScan scan(KeyFilter filter, Consumer<LicenseKey> sink) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sink, "sink");
        List<LicenseKey> matching = select(filter::matches, Comparator.comparing(k -> k.code().value()), 0,
                Integer.MAX_VALUE);
        matching.forEach(sink);
        return new KeyScan(matching.size(), List.of());
    }

    @Override
    public List<LicenseKey> search(String fragment, int limit) {
        Objects.requireNonNull(fragment, "fragment");
        String needle = fragment.toLowerCase(Locale.ROOT);
        return select(k -> k.code().value().toLowerCase(Locale.ROOT).contains(needle), STABLE_ORDER, 0, limit);
    }

    /** How many keys the inventory holds, whatever their status. */
    public int size() {
        return byCode.size();
    }

    private Optional<LicenseKey> takeFromStock(OrderId order, LicenseTypeCode type, UnaryOperator<LicenseKey> move) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(type, "type");
        synchronized (lock) {
            Optional<LicenseKey> already = keyOfOrder(order);
            if (already.isPresent()) {
                return already;
            }
            NavigableSet<LicenseKey> stock = available.get(type);
            if (stock == null || stock.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(store(move.apply(stock.first())));
        }
    }

    private Optional<LicenseKey> change(KeyCode code, UnaryOperator<LicenseKey> move) {
        Objects.requireNonNull(code, "code");
        synchronized (lock) {
            LicenseKey key = byCode.get(code);
            return key == null ? Optional.empty() : Optional.of(store(move.apply(key)));
        }
    }

    private Optional<LicenseKey> keyOfOrder(OrderId order) {
        Objects.requireNonNull(order, "order");
        KeyCode code = byOrder.get(order);
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** Stores the key's new state and keeps the order index and the stock sets in step. Holds the lock. */
    private LicenseKey store(LicenseKey next) {
        LicenseKey previous = byCode.put(next.code(), next);
        if (previous != null && previous.status() == KeyStatus.AVAILABLE) {
            available.get(previous.type()).remove(previous);
        }
        if (next.status() == KeyStatus.AVAILABLE) {
            available.computeIfAbsent(next.type(), t -> new TreeSet<>(STABLE_ORDER)).add(next);
        }
        if (next.orderId() != null) {
            byOrder.putIfAbsent(next.orderId(), next.code());
        }
        return next;
    }

    private List<LicenseKey> select(Predicate<LicenseKey> which, Comparator<LicenseKey> order, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit are 0 or more");
        }
        synchronized (lock) {
            return new ArrayList<>(byCode.values().stream().filter(which).sorted(order).skip(offset).limit(limit)
                    .toList());
        }
    }

    /** When the holder got the key: the sale, or the approval of a reservation. */
    private static Instant deliveredAt(LicenseKey key) {
        return key.usedAt() != null ? key.usedAt() : Objects.requireNonNullElse(key.approvedAt(), key.createdAt());
    }
}
