package org.awpt.application.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.awpt.application.adminshop.AdminShop;
import org.awpt.application.adminshop.Race;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.inventory.RevokeKey;
import org.awpt.application.lockdown.SetLockdown;
import org.awpt.application.port.DeliveryFailedException;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.LockedDownException;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.license.OutOfStockException;
import org.awpt.domain.license.UnknownLicenseTypeException;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;
import org.awpt.domain.stock.StockLevel;
import org.junit.jupiter.api.Test;

class KeyRequestServiceTest {
    private static final LicenseTypeCode WEEKLY = LicenseTypeCode.WEEKLY;

    private final AdminShop shop = new AdminShop();
    private final KeyRequestUseCase requests = shop.keyRequests;

    @Test
    void supportReservesKeysAndTheAdminsAreAsked() {
        shop.stockKeys(WEEKLY, 12);
        shop.stock.startUp();

        KeyRequest request = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 3, " giveaway "));

        assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(request.requester()).isEqualTo(AdminShop.SUPPORT);
        assertThat(request.type()).isEqualTo(WEEKLY);
        assertThat(request.reason()).isEqualTo("giveaway");
        assertThat(request.requestedAt()).isEqualTo(shop.clock.instant());
        assertThat(request.keys()).hasSize(3).doesNotHaveDuplicates();
        for (KeyCode code : request.keys()) {
            LicenseKey key = shop.keys.findByCode(code).orElseThrow();
            assertThat(key.status()).isEqualTo(KeyStatus.REQUESTED);
            assertThat(key.requestedBy()).isEqualTo(AdminShop.SUPPORT);
        }
        assertThat(shop.requests.find(request.id())).contains(request);
        assertThat(shop.admins.keyRequestsAwaitingApproval()).containsExactly(request);
        AuditEvent event = shop.auditLog.ofAction(AuditAction.KEYS_REQUESTED).get(0);
        assertThat(event.actor()).isEqualTo(AdminShop.SUPPORT);
        assertThat(event.subject()).isEqualTo(request.id().value());
        assertThat(event.details()).containsEntry("quantity", "3").containsEntry("type", "weekly")
                .containsEntry("reason", "giveaway");
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(9);
        assertThat(shop.stock.current().get(0).level()).isEqualTo(StockLevel.LOW);
        assertThat(shop.listener.changes()).hasSize(1);
    }

    @Test
    void adminsMayRequestToo() {
        shop.stockKeys(WEEKLY, 1);

        assertThat(requests.request(new RequestKeys(AdminShop.admin(), WEEKLY, 1, null)).requester())
                .isEqualTo(AdminShop.ADMIN);
    }

    @Test
    void buyersMayNotRequestKeys() {
        shop.stockKeys(WEEKLY, 5);

        assertThatThrownBy(() -> requests.request(new RequestKeys(AdminShop.buyer(), WEEKLY, 1, "")))
                .isInstanceOf(NotAuthorizedException.class);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(5);
    }

    @Test
    void requestsAreRefusedWhileLockedDown() {
        shop.stockKeys(WEEKLY, 5);
        shop.lockdown.set(new SetLockdown(AdminShop.admin(), Feature.KEY_REQUESTS, true, "inventory count"));

        assertThatThrownBy(() -> requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 1, "")))
                .isInstanceOf(LockedDownException.class);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(5);
    }

    @Test
    void theTypeQuantityAndReasonAreChecked() {
        shop.stockKeys(WEEKLY, 200);

        assertThatThrownBy(() -> requests.request(new RequestKeys(AdminShop.support(), new LicenseTypeCode("daily"),
                1, ""))).isInstanceOf(UnknownLicenseTypeException.class);
        for (int quantity : new int[] {0, -1, 101}) {
            assertThatThrownBy(() -> requests.request(new RequestKeys(AdminShop.support(), WEEKLY, quantity, "")))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 1, "r".repeat(501))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(200);
        assertThat(requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 100, "")).keys()).hasSize(100);
    }

    @Test
    void tooFewKeysReserveNothing() {
        shop.stockKeys(WEEKLY, 2);

        assertThatThrownBy(() -> requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 3, "")))
                .isInstanceOf(OutOfStockException.class);

        assertNothingReserved(shop, 2);
    }

    @Test
    void keysTakenBetweenTheCountAndTheReservationAreAllPutBack() {
        AdminShop lying = new AdminShop(ExampleShop.settings(AdminShop.ACCESS),
                keys -> AdminShop.intercept(LicenseKeyRepository.class, keys,
                        (method, args) -> method.equals("countAvailable") ? 1_000L : AdminShop.PASS),
                UnaryOperator.identity());
        lying.stockKeys(WEEKLY, 2);

        assertThatThrownBy(() -> lying.keyRequests.request(new RequestKeys(AdminShop.support(), WEEKLY, 3, "")))
                .isInstanceOf(OutOfStockException.class);

        assertNothingReserved(lying, 2);
    }

    @Test
    void aRequestThatCannotBeStoredPutsItsKeysBack() {
        AdminShop failing = new AdminShop(ExampleShop.settings(AdminShop.ACCESS), UnaryOperator.identity(),
                store -> AdminShop.intercept(KeyRequestRepository.class, store, (method, args) -> {
                    if (method.equals("insert")) {
                        throw new IllegalStateException("database down");
                    }
                    return AdminShop.PASS;
                }));
        failing.stockKeys(WEEKLY, 5);

        assertThatThrownBy(() -> failing.keyRequests.request(new RequestKeys(AdminShop.support(), WEEKLY, 3, "")))
                .isInstanceOf(IllegalStateException.class).hasMessage("database down");

        assertNothingReserved(failing, 5);
        assertThat(failing.auditLog.ofAction(AuditAction.KEY_RELEASED)).hasSize(3).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(AdminShop.SUPPORT);
            assertThat(e.details()).containsEntry("reason", "request_failed");
        });
    }

    @Test
    void concurrentRequestsNeverStrandAKey() throws Exception {
        shop.stockKeys(WEEKLY, 10);
        int threads = 16;

        List<Race.Outcome<KeyRequest>> outcomes = Race.run(threads,
                i -> () -> requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 3, "")));

        int granted = (int) outcomes.stream().filter(Race.Outcome::succeeded).count();
        int refused = 0;
        for (Race.Outcome<KeyRequest> outcome : outcomes) {
            if (!outcome.succeeded()) {
                assertThat(outcome.thrown()).isInstanceOf(OutOfStockException.class);
                refused++;
            }
        }
        assertThat(granted + refused).isEqualTo(threads);
        assertThat(granted).isLessThanOrEqualTo(3); // races may refuse all: a refusal always puts its keys back
        List<KeyRequest> stored = shop.requests.withStatus(RequestStatus.PENDING, 100);
        assertThat(stored).hasSize(granted);
        assertThat(shop.keys.count(KeyFilter.of(WEEKLY, KeyStatus.REQUESTED))).isEqualTo(3L * granted);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(10 - 3L * granted);
        assertThat(stored.stream().flatMap(r -> r.keys().stream())).doesNotHaveDuplicates().hasSize(3 * granted);
    }

    @Test
    void anApprovalHandsTheKeysPrivatelyToTheRequester() {
        shop.stockKeys(WEEKLY, 5);
        KeyRequest request = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 2, "event"));
        shop.clock.advance(Duration.ofMinutes(5));

        KeyRequest approved = requests.approve(new DecideKeyRequest(AdminShop.admin(), request.id()));

        Instant now = shop.clock.instant();
        assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(AdminShop.ADMIN);
        assertThat(approved.decidedAt()).isEqualTo(now);
        assertThat(shop.requests.find(request.id())).contains(approved);
        assertThat(shop.buyers.requestDeliveries()).singleElement().satisfies(delivery -> {
            assertThat(delivery.request()).isEqualTo(approved);
            assertThat(delivery.keys()).extracting(LicenseKey::code).containsExactlyElementsOf(request.keys());
        });
        for (KeyCode code : request.keys()) {
            LicenseKey key = shop.keys.findByCode(code).orElseThrow();
            assertThat(key.approvedBy()).isEqualTo(AdminShop.ADMIN);
            assertThat(key.approvedAt()).isEqualTo(now);
            assertThat(key.delivery().channel()).isEqualTo(DeliveryChannel.STAFF);
            assertThat(key.hasPendingDelivery()).isFalse();
        }
        AuditEvent event = shop.auditLog.ofAction(AuditAction.KEY_REQUEST_APPROVED).get(0);
        assertThat(event.actor()).isEqualTo(AdminShop.ADMIN);
        assertThat(event.details()).containsEntry("quantity", "2").containsEntry("requester",
                AdminShop.SUPPORT.asString());
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(3);
    }

    @Test
    void aRequestIsDecidedOnce() {
        shop.stockKeys(WEEKLY, 5);
        KeyRequest request = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 2, ""));
        requests.approve(new DecideKeyRequest(AdminShop.admin(), request.id()));

        DecideKeyRequest again = new DecideKeyRequest(Requester.of(AdminShop.OTHER_ADMIN), request.id());
        assertThatThrownBy(() -> requests.approve(again)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> requests.deny(again)).isInstanceOf(IllegalTransitionException.class);

        assertThat(shop.buyers.requestDeliveries()).hasSize(1);
        assertThat(shop.keys.count(KeyFilter.of(WEEKLY, KeyStatus.REQUESTED))).isEqualTo(2);
    }

    @Test
    void concurrentApprovalsDeliverOnce() throws Exception {
        shop.stockKeys(WEEKLY, 5);
        KeyRequest request = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 3, ""));
        int threads = 16;

        List<Race.Outcome<KeyRequest>> outcomes = Race.run(threads, i -> {
            Requester admin = i % 2 == 0 ? AdminShop.admin() : Requester.of(AdminShop.OTHER_ADMIN);
            return () -> requests.approve(new DecideKeyRequest(admin, request.id()));
        });

        long approved = outcomes.stream().filter(Race.Outcome::succeeded).count();
        assertThat(outcomes).filteredOn(o -> !o.succeeded())
                .allSatisfy(o -> assertThat(o.thrown()).isInstanceOf(IllegalTransitionException.class))
                .hasSize(threads - 1);
        assertThat(approved).isEqualTo(1);
        assertThat(shop.buyers.requestDeliveries()).hasSize(1);
        assertThat(shop.auditLog.ofAction(AuditAction.KEY_REQUEST_APPROVED)).hasSize(1);
    }

    @Test
    void aDecisionLosingTheRaceToAnotherIsRefused() {
        AdminShop[] holder = new AdminShop[1];
        AdminShop racing = new AdminShop(ExampleShop.settings(AdminShop.ACCESS), UnaryOperator.identity(),
                store -> AdminShop.intercept(KeyRequestRepository.class, store, (method, args) -> {
                    if (method.equals("replace")) {
                        // Another admin denies first, straight in the store.
                        KeyRequest current = holder[0].requests.find(((KeyRequest) args[0]).id()).orElseThrow();
                        if (current.status() == RequestStatus.PENDING) {
                            holder[0].requests.replace(current.deny(
                                    holder[0].authorization.actor(Requester.of(AdminShop.OTHER_ADMIN)),
                                    holder[0].clock.instant()));
                        }
                    }
                    return AdminShop.PASS;
                }));
        holder[0] = racing;
        racing.stockKeys(WEEKLY, 3);
        KeyRequest request = racing.keyRequests.request(new RequestKeys(AdminShop.support(), WEEKLY, 1, ""));

        assertThatThrownBy(() -> racing.keyRequests.approve(new DecideKeyRequest(AdminShop.admin(), request.id())))
                .isInstanceOf(IllegalTransitionException.class);

        assertThat(racing.requests.find(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.DENIED);
        assertThat(racing.buyers.requestDeliveries()).isEmpty();
    }

    @Test
    void aFailedDeliveryKeepsTheApprovalAndLeavesTheKeysPending() {
        shop.stockKeys(WEEKLY, 5);
        KeyRequest request = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 2, ""));
        shop.buyers.becomeUnreachable();

        assertThatThrownBy(() -> requests.approve(new DecideKeyRequest(AdminShop.admin(), request.id())))
                .isInstanceOf(DeliveryFailedException.class);

        assertThat(shop.requests.find(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.APPROVED);
        for (KeyCode code : request.keys()) {
            LicenseKey key = shop.keys.findByCode(code).orElseThrow();
            assertThat(key.approvedBy()).isEqualTo(AdminShop.ADMIN);
            assertThat(key.hasPendingDelivery()).isTrue();
            assertThat(key.delivery().attempts()).isEqualTo(1);
        }
        assertThat(shop.auditLog.ofAction(AuditAction.DELIVERY_FAILED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("keys", "2"));
        assertThat(shop.auditLog.ofAction(AuditAction.KEY_REQUEST_APPROVED)).hasSize(1);
    }

    @Test
    void theSweeperDeliversTheKeysOfAFailedApprovalOnceTheRequesterIsReachable() {
        shop.stockKeys(WEEKLY, 5);
        KeyRequest request = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 2, ""));
        shop.buyers.becomeUnreachable();
        assertThatThrownBy(() -> requests.approve(new DecideKeyRequest(AdminShop.admin(), request.id())))
                .isInstanceOf(DeliveryFailedException.class);
        shop.sell(WEEKLY, AdminShop.BUYER, shop.clock.instant()); // a sale's pending delivery is not ours

        assertThat(requests.retryDeliveries()).as("within the grace period").isZero();
        shop.clock.advance(Duration.ofMinutes(2));
        assertThat(requests.retryDeliveries()).as("still unreachable").isZero();
        shop.buyers.reopen();
        int delivered = requests.retryDeliveries();

        assertThat(delivered).isEqualTo(1);
        assertThat(shop.buyers.requestDeliveries()).singleElement().satisfies(delivery ->
                assertThat(delivery.keys()).extracting(LicenseKey::code).containsExactlyElementsOf(request.keys()));
        for (KeyCode code : request.keys()) {
            LicenseKey key = shop.keys.findByCode(code).orElseThrow();
            assertThat(key.hasPendingDelivery()).isFalse();
            assertThat(key.delivery().channel()).isEqualTo(DeliveryChannel.STAFF);
            assertThat(key.delivery().attempts()).isEqualTo(3);
        }
        assertThat(requests.retryDeliveries()).isZero();
        assertThat(shop.buyers.requestDeliveries()).hasSize(1);
    }

    @Test
    void theSweeperLeavesPendingRequestsAndForeignOrdersAlone() {
        shop.stockKeys(WEEKLY, 6);
        requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 2, ""));
        OrderId lookalike = new OrderId("request:short:0");
        shop.keys.reserve(lookalike, WEEKLY, AdminShop.SUPPORT, shop.clock.instant());
        shop.keys.approveReservation(lookalike, AdminShop.ADMIN, shop.clock.instant());
        for (OrderId other : List.of(new OrderId("gift:abc"), new OrderId("request:nosuchrequest:0"))) {
            shop.keys.reserve(other, WEEKLY, AdminShop.SUPPORT, shop.clock.instant());
            shop.keys.approveReservation(other, AdminShop.ADMIN, shop.clock.instant());
        }
        shop.clock.advance(Duration.ofHours(1));

        assertThat(requests.retryDeliveries()).isZero();
        assertThat(shop.buyers.requestDeliveries()).isEmpty();
    }

    @Test
    void aKeyRevokedWhileTheRequestWaitedIsNotHandedOver() {
        shop.stockKeys(WEEKLY, 5);
        KeyRequest request = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 3, ""));
        shop.inventory.revoke(new RevokeKey(AdminShop.admin(), request.keys().get(1), "leaked in chat"));

        requests.approve(new DecideKeyRequest(AdminShop.admin(), request.id()));

        assertThat(shop.buyers.requestDeliveries()).singleElement().satisfies(delivery ->
                assertThat(delivery.keys()).extracting(LicenseKey::code)
                        .containsExactly(request.keys().get(0), request.keys().get(2)));
        assertThat(shop.keys.findByCode(request.keys().get(1)).orElseThrow().status()).isEqualTo(KeyStatus.REVOKED);
    }

    @Test
    void aRequestWhoseKeysWereAllRevokedIsApprovedWithoutDelivery() {
        shop.stockKeys(WEEKLY, 5);
        KeyRequest request = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 1, ""));
        shop.inventory.revoke(new RevokeKey(AdminShop.admin(), request.keys().get(0), "leaked"));

        assertThat(requests.approve(new DecideKeyRequest(AdminShop.admin(), request.id())).status())
                .isEqualTo(RequestStatus.APPROVED);
        assertThat(shop.buyers.requestDeliveries()).isEmpty();
    }

    @Test
    void aDenialPutsTheKeysBackInStock() {
        shop.stockKeys(WEEKLY, 11);
        shop.stock.startUp();
        KeyRequest request = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 4, ""));

        KeyRequest denied = requests.deny(new DecideKeyRequest(AdminShop.admin(), request.id()));

        assertThat(denied.status()).isEqualTo(RequestStatus.DENIED);
        assertThat(denied.decidedBy()).isEqualTo(AdminShop.ADMIN);
        assertThat(shop.requests.find(request.id())).contains(denied);
        for (KeyCode code : request.keys()) {
            assertThat(shop.keys.findByCode(code).orElseThrow().status()).isEqualTo(KeyStatus.AVAILABLE);
        }
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(11);
        assertThat(shop.stock.current().get(0).level()).isEqualTo(StockLevel.HEALTHY);
        assertThat(shop.listener.changes()).extracting(c -> c.to())
                .containsExactly(StockLevel.LOW, StockLevel.HEALTHY);
        assertThat(shop.auditLog.ofAction(AuditAction.KEY_REQUEST_DENIED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("released", "4"));
        assertThat(shop.buyers.requestDeliveries()).isEmpty();
    }

    @Test
    void aDenialAuditsEveryKeyItPutsBack() {
        shop.stockKeys(WEEKLY, 5);
        KeyRequest request = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 2, ""));
        int before = shop.auditLog.all().size();

        requests.deny(new DecideKeyRequest(AdminShop.admin(), request.id()));

        List<AuditEvent> written = shop.auditLog.all().subList(before, shop.auditLog.all().size());
        assertThat(written).extracting(AuditEvent::action).containsExactly(AuditAction.KEY_RELEASED,
                AuditAction.KEY_RELEASED, AuditAction.KEY_REQUEST_DENIED);
        for (int line = 0; line < 2; line++) {
            AuditEvent released = written.get(line);
            assertThat(released.actor()).isEqualTo(AdminShop.ADMIN);
            assertThat(released.subject()).isEqualTo(request.keys().get(line).masked());
            assertThat(released.details()).containsExactlyInAnyOrderEntriesOf(Map.of("reason", "key_request_denied",
                    "type", "weekly", "order", OrderId.forKeyRequestLine(request.id(), line).value()));
        }
        assertThat(shop.auditLog.mentioningFullCodes(request.keys())).isEmpty();
    }

    @Test
    void anApprovalAuditsEachKeyDeliveredToTheRequesterOnceEvenAfterARetry() {
        shop.stockKeys(WEEKLY, 5);
        KeyRequest request = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 2, ""));
        shop.buyers.failNext(1);
        assertThatThrownBy(() -> requests.approve(new DecideKeyRequest(AdminShop.admin(), request.id())))
                .isInstanceOf(DeliveryFailedException.class);
        assertThat(shop.auditLog.ofAction(AuditAction.KEY_DELIVERED)).isEmpty();
        shop.clock.advance(Duration.ofMinutes(2));

        assertThat(requests.retryDeliveries()).isEqualTo(1);
        shop.clock.advance(Duration.ofMinutes(2));
        assertThat(requests.retryDeliveries()).isZero();

        assertThat(shop.auditLog.ofAction(AuditAction.KEY_DELIVERED)).hasSize(2).allSatisfy(e -> {
            assertThat(e.actor()).isNull();
            assertThat(e.details()).containsEntry("channel", "STAFF")
                    .containsEntry("holder", AdminShop.SUPPORT.asString()).containsEntry("type", "weekly");
        }).extracting(AuditEvent::subject)
                .containsExactly(request.keys().get(0).masked(), request.keys().get(1).masked());
        assertThat(shop.auditLog.mentioningFullCodes(request.keys())).isEmpty();
    }

    @Test
    void anUnknownRequestIsNotFound() {
        DecideKeyRequest unknown = new DecideKeyRequest(AdminShop.admin(), new RequestId("nosuchrequest"));

        assertThatThrownBy(() -> requests.approve(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requests.deny(unknown)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void pendingListsTheRequestsStillWaitingNewestFirst() {
        shop.stockKeys(WEEKLY, 10);
        KeyRequest first = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 1, ""));
        shop.clock.advance(Duration.ofSeconds(1));
        KeyRequest second = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 1, ""));
        shop.clock.advance(Duration.ofSeconds(1));
        KeyRequest third = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 1, ""));
        requests.deny(new DecideKeyRequest(AdminShop.admin(), second.id()));

        assertThat(requests.pending(AdminShop.admin())).containsExactly(third, first);
    }

    @Test
    void onlyAdminsDecideOrListRequests() {
        shop.stockKeys(WEEKLY, 5);
        KeyRequest request = requests.request(new RequestKeys(AdminShop.support(), WEEKLY, 2, ""));

        for (Requester notAdmin : new Requester[] {AdminShop.support(), AdminShop.buyer()}) {
            DecideKeyRequest decision = new DecideKeyRequest(notAdmin, request.id());
            assertThatThrownBy(() -> requests.approve(decision)).isInstanceOf(NotAuthorizedException.class);
            assertThatThrownBy(() -> requests.deny(decision)).isInstanceOf(NotAuthorizedException.class);
            assertThatThrownBy(() -> requests.pending(notAdmin)).isInstanceOf(NotAuthorizedException.class);
        }
        assertThat(shop.requests.find(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.PENDING);
        assertThat(shop.keys.count(KeyFilter.of(WEEKLY, KeyStatus.REQUESTED))).isEqualTo(2);
        assertThat(shop.buyers.requestDeliveries()).isEmpty();
    }

    private static void assertNothingReserved(AdminShop shop, long available) {
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(available);
        assertThat(shop.keys.count(KeyFilter.of(WEEKLY, KeyStatus.REQUESTED))).isZero();
        assertThat(shop.requests.withStatus(RequestStatus.PENDING, 100)).isEmpty();
        assertThat(shop.admins.keyRequestsAwaitingApproval()).isEmpty();
        assertThat(shop.auditLog.ofAction(AuditAction.KEYS_REQUESTED)).isEmpty();
    }
}
