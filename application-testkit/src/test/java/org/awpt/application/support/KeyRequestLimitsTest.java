package org.awpt.application.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.awpt.application.adminshop.AdminShop;
import org.awpt.application.adminshop.Race;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.port.KeyFilter;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/** The caps on what one support member may request, and the admin's confirmation when stock runs low. */
class KeyRequestLimitsTest {
    private static final LicenseTypeCode WEEKLY = LicenseTypeCode.WEEKLY;

    private static AdminShop shopWithCaps(int pending, int perDay) {
        return new AdminShop(ExampleShop.settings(AdminShop.ACCESS)
                .withLimits(ExampleShop.settings(AdminShop.ACCESS).limits().withKeyRequests(pending, perDay)));
    }

    private static RequestKeys support(int quantity) {
        return new RequestKeys(AdminShop.support(), WEEKLY, quantity, "");
    }

    @Test
    void aRequestPastTheKeysPendingPerRequesterIsRefusedWithTheFiguresAndReservesNothing() {
        AdminShop shop = shopWithCaps(5, 100);
        shop.stockKeys(WEEKLY, 50);
        shop.keyRequests.request(support(3));

        assertThatThrownBy(() -> shop.keyRequests.request(support(3)))
                .isInstanceOfSatisfying(KeyRequestCapException.class, e -> {
                    assertThat(e.code()).isEqualTo("key_request_cap_pending");
                    assertThat(e.details()).containsEntry("counted", 3L).containsEntry("quantity", 3)
                            .containsEntry("cap", 5);
                });

        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(47);
        assertThat(shop.keyRequests.request(support(2)).keys()).hasSize(2);
        assertThatThrownBy(() -> shop.keyRequests.request(support(6))).isInstanceOf(KeyRequestCapException.class);
    }

    @Test
    void aDecidedRequestFreesItsPendingKeysButStillCountsForTheDay() {
        AdminShop shop = shopWithCaps(4, 6);
        shop.stockKeys(WEEKLY, 50);
        KeyRequest first = shop.keyRequests.request(support(4));
        shop.keyRequests.deny(new DecideKeyRequest(AdminShop.admin(), first.id()));
        shop.keyRequests.request(support(2));

        assertThatThrownBy(() -> shop.keyRequests.request(support(1)))
                .isInstanceOfSatisfying(KeyRequestCapException.class, e -> {
                    assertThat(e.code()).isEqualTo("key_request_cap_daily");
                    assertThat(e.details()).containsEntry("counted", 6L).containsEntry("cap", 6);
                });
    }

    @Test
    void theDailyCapCountsTheLast24HoursOnTheShopsClock() {
        AdminShop shop = shopWithCaps(100, 5);
        shop.stockKeys(WEEKLY, 50);
        shop.keyRequests.request(support(3));
        shop.clock.advance(Duration.ofHours(12));
        shop.keyRequests.request(support(2));

        shop.clock.advance(Duration.ofHours(11));
        assertThatThrownBy(() -> shop.keyRequests.request(support(1))).isInstanceOf(KeyRequestCapException.class);
        shop.clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(shop.keyRequests.request(support(3)).keys()).hasSize(3);
        assertThatThrownBy(() -> shop.keyRequests.request(support(1))).isInstanceOf(KeyRequestCapException.class);
    }

    @Test
    void oneRequestersCapsLeaveOthersAlone() {
        AdminShop shop = shopWithCaps(2, 2);
        shop.stockKeys(WEEKLY, 50);
        shop.keyRequests.request(support(2));

        assertThat(shop.keyRequests.request(new RequestKeys(AdminShop.admin(), WEEKLY, 2, "")).keys()).hasSize(2);
    }

    @Test
    void theDefaultsAreTwentyPendingAndFiftyADay() {
        AdminShop shop = new AdminShop();
        shop.stockKeys(WEEKLY, 200);

        assertThatThrownBy(() -> shop.keyRequests.request(support(21)))
                .isInstanceOfSatisfying(KeyRequestCapException.class, e -> assertThat(e.details()).containsEntry("cap", 20));
        assertThat(shop.keyRequests.request(support(20)).keys()).hasSize(20);
    }

    @Test
    void manyRequestsOfOneRequesterAtOnceReserveExactlyThePendingCap() throws Exception {
        assertThirtyTwoRequestsAtOnceGrant(shopWithCaps(7, 1_000), 7);
    }

    @Test
    void manyRequestsOfOneRequesterAtOnceStopAtTheDailyCapExactly() throws Exception {
        assertThirtyTwoRequestsAtOnceGrant(shopWithCaps(1_000, 9), 9);
    }

    /** 32 threads of the support member each ask for one key of a well-stocked type: exactly {@code granted} pass. */
    private static void assertThirtyTwoRequestsAtOnceGrant(AdminShop shop, int granted) throws Exception {
        shop.stockKeys(WEEKLY, 100);
        int threads = 32;

        List<Race.Outcome<KeyRequest>> outcomes = Race.run(threads, i -> () -> shop.keyRequests.request(support(1)));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(granted);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).hasSize(threads - granted)
                .allSatisfy(o -> assertThat(o.thrown()).isInstanceOf(KeyRequestCapException.class));
        assertThat(shop.keys.count(KeyFilter.of(WEEKLY, KeyStatus.REQUESTED))).isEqualTo(granted);
        assertThat(shop.requests.withStatus(RequestStatus.PENDING, 100)).hasSize(granted);
        assertThat(shop.auditLog.ofAction(AuditAction.KEYS_REQUESTED)).hasSize(granted);
    }

    @Test
    void approvingWhileTheStockIsLowNeedsTheAdminsConfirmationAndChangesNothingWithout() {
        AdminShop shop = new AdminShop();
        shop.stockKeys(WEEKLY, 12);
        KeyRequest request = shop.keyRequests.request(support(3));

        assertThatThrownBy(() -> shop.keyRequests.approve(new DecideKeyRequest(AdminShop.admin(), request.id())))
                .isInstanceOfSatisfying(LowStockApprovalException.class, e -> {
                    assertThat(e.code()).isEqualTo("key_request_low_stock");
                    assertThat(e.details()).containsEntry("available", 9L).containsEntry("low", 10)
                            .containsEntry("quantity", 3).containsEntry("type", "weekly")
                            .containsEntry("request", request.id().value());
                });
        assertThat(shop.requests.find(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.PENDING);
        assertThat(shop.buyers.requestDeliveries()).isEmpty();
        assertThat(shop.auditLog.ofAction(AuditAction.KEY_REQUEST_APPROVED)).isEmpty();

        KeyRequest approved = shop.keyRequests.approve(new DecideKeyRequest(AdminShop.admin(), request.id(), true));

        assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(shop.buyers.requestDeliveries()).hasSize(1);
        assertThat(shop.auditLog.ofAction(AuditAction.KEY_REQUEST_APPROVED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("lowStockConfirmed", "true"));
    }

    @Test
    void approvingWithStockToSpareNeedsNoConfirmationAndADecidedRequestIsRefusedAsBefore() {
        AdminShop shop = new AdminShop();
        shop.stockKeys(WEEKLY, 30);
        KeyRequest request = shop.keyRequests.request(support(3));

        shop.keyRequests.approve(new DecideKeyRequest(AdminShop.admin(), request.id()));

        assertThat(shop.auditLog.ofAction(AuditAction.KEY_REQUEST_APPROVED)).singleElement()
                .satisfies(e -> assertThat(e.details()).doesNotContainKey("lowStockConfirmed"));
        assertThatThrownBy(() -> shop.keyRequests.approve(new DecideKeyRequest(Requester.of(AdminShop.OTHER_ADMIN),
                request.id()))).isInstanceOf(org.awpt.domain.IllegalTransitionException.class);
    }

    @Test
    void denyingNeedsNoConfirmationWhateverTheStock() {
        AdminShop shop = new AdminShop();
        shop.stockKeys(WEEKLY, 4);
        KeyRequest request = shop.keyRequests.request(support(3));

        assertThat(shop.keyRequests.deny(new DecideKeyRequest(AdminShop.admin(), request.id())).status())
                .isEqualTo(RequestStatus.DENIED);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(4);
    }
}
