package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.awpt.application.contract.InventoryModel.Key;
import org.awpt.application.port.InsertOutcome;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Role;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.Proof;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;

/**
 * Random sequences of shop operations (import, Robux claim and its retry, manual payment approve
 * (also one that crashes between claim and session), reject and expire, revoke, restock, tell, support
 * request) run through the ports, as the services run them, against a plain {@link InventoryModel}.
 * After every step the stores' counts per type and status, each key's status, holder and order id,
 * the keys per order and the sessions' statuses equal the model's, and no key is ever in two hands.
 *
 * <p>jqwik runs no JUnit {@code @BeforeEach}: {@link #newStores()} is called at the start of every
 * sequence and {@link #releaseStores()} after every try. 50 tries of up to 30 steps by default; a
 * subclass may ask for fewer with its own {@code @PropertyDefaults}.
 */
@PropertyDefaults(tries = 50)
public abstract class InventoryStateProperties {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final List<LicenseType> TYPES = List.of(LicenseType.weekly(), LicenseType.monthly());
    private static final Actor ADMIN = new Actor(new DiscordUserId(900), Set.of(Role.ADMIN));
    private static final Set<KeyStatus> HELD = Set.of(KeyStatus.USED, KeyStatus.REVOKED);

    /** The stores the operations use: empty and of their own for each sequence. */
    public record Stores(LicenseKeyRepository keys, PaymentSessionRepository sessions) {
    }

    /** New, empty stores. */
    protected abstract Stores newStores();

    /** Called after every try, to close or drop what {@link #newStores()} opened; nothing by default. */
    protected void releaseStores() {
    }

    @AfterTry
    void afterTry() {
        releaseStores();
    }

    @Property
    void everyStepLeavesTheStoresAsTheModelSays(@ForAll("shopDays") ActionChain<Shop> chain) {
        chain.withInvariant("the stores equal the model", Shop::matchesModel).run();
    }

    @Provide
    Arbitrary<ActionChain<Shop>> shopDays() {
        return ActionChain.startWith(() -> new Shop(newStores()))
                .withAction(3, new ImportKeys())
                .withAction(4, new RobuxClaim())
                .withAction(2, new OpenSession())
                .withAction(2, new ApproveSession())
                .withAction(1, new RejectSession())
                .withAction(1, new ExpireSession())
                .withAction(1, new Revoke())
                .withAction(2, new Restock())
                .withAction(1, new Tell())
                .withAction(2, new SupportRequest())
                .withMaxTransformations(30);
    }

    /** The stores under test, the model, and the shop's counters. */
    static final class Shop {
        private final Stores stores;
        private final InventoryModel model = new InventoryModel();
        private final Map<OrderId, ClaimOrder> robuxOrders = new HashMap<>();
        private int codes;
        private int orders;
        private int steps;

        Shop(Stores stores) {
            this.stores = stores;
        }

        Instant now() {
            return T0.plusSeconds(60L * ++steps);
        }

        LicenseKeyRepository keys() {
            return stores.keys();
        }

        PaymentSessionRepository sessions() {
            return stores.sessions();
        }

        KeyCode newCode() {
            return new KeyCode(String.format(Locale.ROOT, "Prop%028d", ++codes));
        }

        /** A claim as the stores answer it, checked and applied to the model. */
        void claimed(ClaimOrder order, Optional<LicenseKey> answer) {
            Optional<KeyCode> earlier = model.keyOf(order.orderId());
            if (earlier.isPresent()) {
                assertThat(answer).as("a claim of an order that has a key returns that key")
                        .map(LicenseKey::code).contains(earlier.get());
                assertThat(Key.of(answer.get())).isEqualTo(model.key(earlier.get()));
                return;
            }
            if (!model.inStock(order.type().code())) {
                assertThat(answer).as("nothing of " + order.type().code() + " in stock").isEmpty();
                return;
            }
            assertThat(answer).as("a key of " + order.type().code() + " is in stock").isPresent();
            Key sold = new Key(order.type().code(), KeyStatus.USED, order.buyer(), null, order.orderId(), false,
                    false);
            assertThat(Key.of(answer.get())).isEqualTo(sold);
            model.handOut(answer.get().code(), sold);
        }

        /** Puts the order's key back as the model says it may go, checking the store's answer. */
        void released(OrderId order, Optional<LicenseKey> answer) {
            Optional<KeyCode> code = model.keyOf(order);
            if (code.isPresent() && model.key(code.get()).releasable()) {
                assertThat(answer).map(LicenseKey::code).contains(code.get());
                assertThat(answer.get().status()).isEqualTo(KeyStatus.AVAILABLE);
                model.release(order);
            } else {
                assertThat(answer).as("the key of " + order + " may not go back to stock").isEmpty();
            }
        }

        /** Compares every store with the model. */
        void matchesModel() {
            List<LicenseKey> all = keys().list(KeyFilter.ALL, 0, Integer.MAX_VALUE);
            Map<KeyCode, Key> stored = all.stream().collect(Collectors.toMap(LicenseKey::code, Key::of));
            assertThat(all).as("every code once").hasSameSizeAs(stored.keySet());
            assertThat(stored).isEqualTo(model.keys());
            List<OrderId> held = all.stream().map(LicenseKey::orderId).filter(order -> order != null).toList();
            assertThat(held).as("no key in two hands: one key per order").doesNotHaveDuplicates();
            assertThat(keys().countByTypeAndStatus()).isEqualTo(model.counts());
            for (LicenseType type : TYPES) {
                assertThat(keys().countAvailable(type.code())).isEqualTo(count(key -> key.type().equals(type.code())
                        && key.status() == KeyStatus.AVAILABLE));
            }
            assertThat(keys().count(KeyFilter.of(null, KeyStatus.USED))).isEqualTo(count(key -> key.status()
                    == KeyStatus.USED));
            Set<DiscordUserId> holders = new HashSet<>();
            model.keys().values().forEach(key -> {
                if (key.holder() != null) {
                    holders.add(key.holder());
                }
            });
            for (DiscordUserId holder : holders) {
                assertThat(keys().heldBy(holder)).extracting(LicenseKey::code).containsExactlyInAnyOrderElementsOf(
                        model.keys().entrySet().stream().filter(entry -> holder.equals(entry.getValue().holder())
                                && HELD.contains(entry.getValue().status())).map(Map.Entry::getKey).toList());
            }
            model.sessions().forEach((id, status) ->
                    assertThat(sessions().find(id)).map(PaymentSession::status).contains(status));
        }

        private long count(Predicate<Key> which) {
            return model.keys().values().stream().filter(which).count();
        }

        PaymentSession session(SessionId id) {
            return sessions().find(id).orElseThrow();
        }

        @Override
        public String toString() {
            return "shop with " + model.keys().size() + " keys and " + model.sessions().size() + " sessions";
        }
    }

    private static Arbitrary<LicenseType> types() {
        return Arbitraries.of(TYPES);
    }

    private static Arbitrary<DiscordUserId> buyers() {
        return Arbitraries.longs().between(1, 4).map(n -> new DiscordUserId(100 + n));
    }

    private static Transformer<Shop> step(String description, Consumer<Shop> step) {
        return Transformer.mutate(description, step);
    }

    /** Imports a few new keys of a type, maybe with a code already held (left as it is and reported). */
    static final class ImportKeys implements Action.Independent<Shop> {
        @Override
        public Arbitrary<Transformer<Shop>> transformer() {
            return Combinators.combine(types(), Arbitraries.integers().between(1, 4), Arbitraries.of(true, false))
                    .as((type, count, again) -> step("import " + count + " " + type.code() + (again ? " and a held code" : ""),
                            shop -> {
                                List<LicenseKey> batch = new ArrayList<>();
                                for (int i = 0; i < count; i++) {
                                    batch.add(LicenseKey.inStock(shop.newCode(), type.code(), shop.now()));
                                }
                                Set<KeyCode> present = new HashSet<>();
                                if (again && !shop.model.codes().isEmpty()) {
                                    KeyCode held = shop.model.codes().get(0);
                                    batch.add(LicenseKey.inStock(held, type.code(), shop.now()));
                                    present.add(held);
                                }
                                InsertOutcome outcome = shop.keys().insertAll(batch);
                                assertThat(outcome.inserted()).isEqualTo(count);
                                assertThat(outcome.alreadyPresent()).isEqualTo(present);
                                batch.stream().filter(key -> !present.contains(key.code()))
                                        .forEach(key -> assertThat(shop.model.add(key.code(), type.code())).isTrue());
                            }));
        }
    }

    /** A Robux purchase: a new order, or a retry of an earlier one (which must get the same key). */
    static final class RobuxClaim implements Action.Dependent<Shop> {
        @Override
        public Arbitrary<Transformer<Shop>> transformer(Shop state) {
            Arbitrary<Transformer<Shop>> fresh = Combinators.combine(types(), buyers()).as((type, buyer) ->
                    step("robux claim of " + type.code() + " by " + buyer.asString(), shop -> {
                        OrderId id = new OrderId("robux:" + (7000 + buyer.value()) + ":1:" + ++shop.orders);
                        ClaimOrder order = new ClaimOrder(id, type, buyer, new RobloxUserId(7000 + buyer.value()),
                                null);
                        shop.robuxOrders.put(id, order);
                        shop.claimed(order, shop.keys().claim(order, shop.now()));
                    }));
            if (state.robuxOrders.isEmpty()) {
                return fresh;
            }
            Arbitrary<Transformer<Shop>> retry = Arbitraries.of(List.copyOf(state.robuxOrders.values()))
                    .map(order -> step("retry robux claim " + order.orderId(),
                            shop -> shop.claimed(order, shop.keys().claim(order, shop.now()))));
            return Arbitraries.oneOf(fresh, retry);
        }
    }

    /** A buyer opens a manual payment session, and maybe attaches the proof at once. */
    static final class OpenSession implements Action.Independent<Shop> {
        @Override
        public Arbitrary<Transformer<Shop>> transformer() {
            return Combinators.combine(types(), buyers(), Arbitraries.of(true, false)).as((type, buyer, proof) ->
                    step("open session for " + type.code() + (proof ? " with proof" : ""), shop -> {
                        SessionId id = new SessionId(String.format(Locale.ROOT, "session-%09d", ++shop.orders));
                        Instant now = shop.now();
                        PaymentSession opened = PaymentSession.open(id, buyer, type.code(), "gcash",
                                new PaymentDetails("GCash", "tx-" + shop.orders, "buyer@example.com", ""), null, now);
                        shop.sessions().insert(opened);
                        shop.model.session(id, SessionStatus.AWAITING_PROOF);
                        if (proof) {
                            assertThat(shop.sessions().replace(opened.attachProof(Actor.buyer(buyer),
                                    new Proof("proof-" + shop.orders, ProofFormat.PNG, 1_024, now), now))).isTrue();
                            shop.model.session(id, SessionStatus.AWAITING_REVIEW);
                        }
                    }));
        }
    }

    /** A step on a session in a given status; {@code coin} is a second random choice the step may use. */
    abstract static class SessionStep implements Action.Dependent<Shop> {
        private final SessionStatus from;

        SessionStep(SessionStatus from) {
            this.from = from;
        }

        abstract String name(boolean coin);

        abstract void apply(Shop shop, PaymentSession session, boolean coin);

        @Override
        public boolean precondition(Shop state) {
            return !state.model.sessionsIn(from).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Shop>> transformer(Shop state) {
            return Combinators.combine(Arbitraries.of(state.model.sessionsIn(from)), Arbitraries.of(true, false))
                    .as((id, coin) -> step(name(coin) + " " + id, shop -> apply(shop, shop.session(id), coin)));
        }
    }

    /**
     * An admin approves a session under review: the key is claimed for the session's order, then the
     * session is settled. Sometimes the process "dies" between the two: the session stays under
     * review with its key claimed, and the next approval must deliver that same key.
     */
    static final class ApproveSession extends SessionStep {
        ApproveSession() {
            super(SessionStatus.AWAITING_REVIEW);
        }

        @Override
        String name(boolean crash) {
            return crash ? "approve, crashing after the claim," : "approve";
        }

        @Override
        void apply(Shop shop, PaymentSession session, boolean crash) {
            LicenseType type = TYPES.stream().filter(t -> t.code().equals(session.type())).findFirst().orElseThrow();
            ClaimOrder order = new ClaimOrder(session.orderId(), type, session.buyer(), null, null);
            Instant now = shop.now();
            Optional<LicenseKey> key = shop.keys().claim(order, now);
            shop.claimed(order, key);
            if (key.isPresent() && !crash) {
                assertThat(shop.sessions().replace(session.approve(ADMIN, key.get().code(), now))).isTrue();
                shop.model.session(session.id(), SessionStatus.APPROVED);
            }
        }
    }

    /** An admin rejects a session under review; a key a crashed approval claimed goes back if it may. */
    static final class RejectSession extends SessionStep {
        RejectSession() {
            super(SessionStatus.AWAITING_REVIEW);
        }

        @Override
        String name(boolean coin) {
            return "reject";
        }

        @Override
        void apply(Shop shop, PaymentSession session, boolean coin) {
            assertThat(shop.sessions().replace(session.reject(ADMIN, "no payment arrived", shop.now()))).isTrue();
            shop.model.session(session.id(), SessionStatus.REJECTED);
            shop.released(session.orderId(), shop.keys().release(session.orderId()));
        }
    }

    /** A session left without proof expires. */
    static final class ExpireSession extends SessionStep {
        ExpireSession() {
            super(SessionStatus.AWAITING_PROOF);
        }

        @Override
        String name(boolean coin) {
            return "expire";
        }

        @Override
        void apply(Shop shop, PaymentSession session, boolean coin) {
            assertThat(shop.sessions().replace(session.expire(shop.now()))).isTrue();
            shop.model.session(session.id(), SessionStatus.EXPIRED);
        }
    }

    /** A change of one key the model says it may take; the store must answer with the model's next state. */
    abstract static class KeyStep implements Action.Dependent<Shop> {
        abstract String name();

        abstract boolean applies(Key key);

        abstract Key next(Key key);

        abstract Optional<LicenseKey> apply(Shop shop, KeyCode code);

        private List<KeyCode> candidates(Shop state) {
            return state.model.codes().stream().filter(code -> applies(state.model.key(code))).toList();
        }

        @Override
        public boolean precondition(Shop state) {
            return !candidates(state).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Shop>> transformer(Shop state) {
            return Arbitraries.of(candidates(state)).map(code -> step(name() + " " + code.masked(), shop -> {
                Key after = next(shop.model.key(code));
                assertThat(apply(shop, code).map(Key::of)).contains(after);
                shop.model.change(code, after);
            }));
        }
    }

    /** An admin revokes any key not yet revoked: it keeps its holder and order, and never returns. */
    static final class Revoke extends KeyStep {
        @Override
        String name() {
            return "revoke";
        }

        @Override
        boolean applies(Key key) {
            return key.status() != KeyStatus.REVOKED;
        }

        @Override
        Key next(Key key) {
            return new Key(key.type(), KeyStatus.REVOKED, key.holder(), key.requestedBy(), key.order(), key.approved(),
                    key.told());
        }

        @Override
        Optional<LicenseKey> apply(Shop shop, KeyCode code) {
            return shop.keys().revoke(code, ADMIN.userId("revoke keys"), "chargeback", shop.now());
        }
    }

    /** The holder of a key with a pending delivery is told it. */
    static final class Tell extends KeyStep {
        @Override
        String name() {
            return "tell";
        }

        @Override
        boolean applies(Key key) {
            return key.pendingDelivery();
        }

        @Override
        Key next(Key key) {
            return new Key(key.type(), key.status(), key.holder(), key.requestedBy(), key.order(), key.approved(), true);
        }

        @Override
        Optional<LicenseKey> apply(Shop shop, KeyCode code) {
            return shop.keys().markTold(code, DeliveryChannel.DIRECT_MESSAGE, shop.now());
        }
    }

    /** Puts an order's key back in stock (a refund before delivery); refused once told, approved or revoked. */
    static final class Restock implements Action.Dependent<Shop> {
        @Override
        public boolean precondition(Shop state) {
            return !state.model.orderIds().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Shop>> transformer(Shop state) {
            return Arbitraries.of(state.model.orderIds()).map(order -> step("restock " + order,
                    shop -> shop.released(order, shop.keys().release(order))));
        }
    }

    /** Support reserves a key for a request line; an admin may approve the reservation. */
    static final class SupportRequest implements Action.Independent<Shop> {
        @Override
        public Arbitrary<Transformer<Shop>> transformer() {
            return Combinators.combine(types(), buyers(), Arbitraries.of(true, false)).as((type, requester, approve) ->
                    step("support request of " + type.code() + (approve ? ", approved" : ""), shop -> {
                        OrderId line = new OrderId("request-" + ++shop.orders + ":0");
                        Optional<LicenseKey> reserved = shop.keys().reserve(line, type.code(), requester, shop.now());
                        if (!shop.model.inStock(type.code())) {
                            assertThat(reserved).isEmpty();
                            return;
                        }
                        Key held = new Key(type.code(), KeyStatus.REQUESTED, null, requester, line, false, false);
                        assertThat(reserved.map(Key::of)).contains(held);
                        shop.model.handOut(reserved.get().code(), held);
                        if (approve) {
                            Key approved = new Key(held.type(), held.status(), null, requester, line, true, false);
                            assertThat(shop.keys().approveReservation(line, ADMIN.userId("decide key requests"), shop.now()).map(Key::of))
                                    .contains(approved);
                            shop.model.change(reserved.get().code(), approved);
                        }
                    }));
        }
    }
}
