package org.awpt.application.contract;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;

/**
 * What the inventory should hold after a sequence of shop operations, kept in plain maps and
 * written from the rules themselves (not from a fake): the stores under test must agree with it.
 */
public final class InventoryModel {
    /** The parts of a key the shop's rules decide. */
    public record Key(LicenseTypeCode type, KeyStatus status, DiscordUserId holder, DiscordUserId requestedBy,
            OrderId order, boolean approved, boolean told) {

        /** A key as a store returned it. */
        public static Key of(LicenseKey key) {
            return new Key(key.type(), key.status(), key.holder(), key.requestedBy(), key.orderId(),
                    key.approvedBy() != null, key.delivery() != null && !key.delivery().isPending());
        }

        static Key inStock(LicenseTypeCode type) {
            return new Key(type, KeyStatus.AVAILABLE, null, null, null, false, false);
        }

        /** Whether it may go back to stock: handed out, nobody told, not an approved reservation. */
        boolean releasable() {
            return (status == KeyStatus.USED || status == KeyStatus.REQUESTED) && !told
                    && !(status == KeyStatus.REQUESTED && approved);
        }

        /** Whether someone still has to be told it. */
        boolean pendingDelivery() {
            return !told && (status == KeyStatus.USED || (status == KeyStatus.REQUESTED && approved));
        }
    }

    private final Map<KeyCode, Key> keys = new LinkedHashMap<>();
    private final Map<OrderId, KeyCode> orders = new HashMap<>();
    private final Map<SessionId, SessionStatus> sessions = new LinkedHashMap<>();

    /** A new key in stock; false when its code is already held (then nothing changes). */
    boolean add(KeyCode code, LicenseTypeCode type) {
        return keys.putIfAbsent(code, Key.inStock(type)) == null;
    }

    /** The key handed out for the order, if any. */
    Optional<KeyCode> keyOf(OrderId order) {
        return Optional.ofNullable(orders.get(order));
    }

    /** Whether a key of the type is in stock. */
    boolean inStock(LicenseTypeCode type) {
        return keys.values().stream().anyMatch(key -> key.type().equals(type) && key.status() == KeyStatus.AVAILABLE);
    }

    /** The key, which must exist. */
    Key key(KeyCode code) {
        Key key = keys.get(code);
        if (key == null) {
            throw new AssertionError("the model has no key " + code);
        }
        return key;
    }

    /** Records a key leaving stock for an order; the store chose which one. */
    void handOut(KeyCode code, Key next) {
        Key before = key(code);
        if (before.status() != KeyStatus.AVAILABLE || !before.type().equals(next.type())) {
            throw new AssertionError("the store handed out " + code + " (" + before + ") for " + next);
        }
        keys.put(code, next);
        orders.put(next.order(), code);
    }

    /** Records a change of a key that keeps its order. */
    void change(KeyCode code, Key next) {
        keys.put(code, next);
    }

    /** Puts the order's key back in stock. */
    void release(OrderId order) {
        KeyCode code = orders.remove(order);
        keys.put(code, Key.inStock(key(code).type()));
    }

    /** Every key code, in insertion order. */
    List<KeyCode> codes() {
        return List.copyOf(keys.keySet());
    }

    /** Every order id holding a key. */
    List<OrderId> orderIds() {
        return orders.keySet().stream().sorted((a, b) -> a.value().compareTo(b.value())).toList();
    }

    /** Every key. */
    Map<KeyCode, Key> keys() {
        return Map.copyOf(keys);
    }

    /** Records a session's status. */
    void session(SessionId id, SessionStatus status) {
        sessions.put(id, status);
    }

    /** Sessions in a status. */
    List<SessionId> sessionsIn(SessionStatus status) {
        return sessions.entrySet().stream().filter(entry -> entry.getValue() == status).map(Map.Entry::getKey)
                .toList();
    }

    /** Every session's status. */
    Map<SessionId, SessionStatus> sessions() {
        return Map.copyOf(sessions);
    }

    /** Keys per type and status, as {@code countByTypeAndStatus} reports them (empty groups absent). */
    Map<LicenseTypeCode, Map<KeyStatus, Long>> counts() {
        Map<LicenseTypeCode, Map<KeyStatus, Long>> counts = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        keys.values().forEach(key -> counts.computeIfAbsent(key.type(), type -> new EnumMap<>(KeyStatus.class))
                .merge(key.status(), 1L, Long::sum));
        return counts;
    }
}
