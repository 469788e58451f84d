package org.awpt.application.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.application.purchase.BuyerShop.BUYER;
import static org.awpt.application.storefront.StorefrontShop.MONTHLY_PRODUCT;
import static org.awpt.application.storefront.StorefrontShop.WEEKLY_PRODUCT;
import static org.awpt.domain.license.LicenseTypeCode.MONTHLY;
import static org.awpt.domain.license.LicenseTypeCode.WEEKLY;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.awpt.application.contract.Race;
import org.awpt.application.purchase.BuyerShop;
import org.awpt.domain.storefront.StorefrontRefusal;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.access.LockedDownException;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.buyer.AlreadyLicensedException;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.license.OutOfStockException;
import org.junit.jupiter.api.Test;

class StorefrontDeliveryServiceTest {
    private final StorefrontShop store = new StorefrontShop().stock(WEEKLY, 5).stock(MONTHLY, 5);
    private final BuyerShop shop = store.shop;

    private static StorefrontOrder order(String invoice, String product, int quantity, DiscordUserId buyer) {
        return new StorefrontOrder("sellauth", invoice, product, product, quantity, "25.00", "USD", "john@example.com", buyer);
    }

    private static List<KeyCode> codes(StorefrontDelivery delivery) {
        return delivery.keys().stream().map(LicenseKey::code).toList();
    }

    @Test
    void anOrderTakesOneKeyPerUnitUnderOrderIdsOfItsUnitsAndIsRecordedOnce() {
        StorefrontDelivery served = store.storefronts.deliver(order("inv-1", MONTHLY_PRODUCT, 2, null));

        assertThat(served.type().code()).isEqualTo(MONTHLY);
        assertThat(served.keys()).hasSize(2).allSatisfy(key -> {
            assertThat(key.type()).isEqualTo(MONTHLY);
            assertThat(key.status()).isEqualTo(KeyStatus.USED);
            assertThat(key.holder()).isNull();
            assertThat(key.delivery().channel()).isEqualTo(DeliveryChannel.STOREFRONT);
        });
        assertThat(served.keys()).extracting(LicenseKey::orderId).containsExactly(
                OrderId.forStorefrontUnit("sellauth", "inv-1", MONTHLY_PRODUCT, 0),
                OrderId.forStorefrontUnit("sellauth", "inv-1", MONTHLY_PRODUCT, 1));
        assertThat(shop.keys.countAvailable(MONTHLY)).isEqualTo(3);
        assertThat(shop.inventoryChanges.get()).isPositive();
        assertThat(shop.audit.ofAction(AuditAction.STOREFRONT_SALE)).singleElement().satisfies(sale -> {
            assertThat(sale.subject()).isEqualTo("storefront:sellauth:inv-1:" + MONTHLY_PRODUCT);
            assertThat(sale.details()).containsEntry("provider", "sellauth").containsEntry("method", "paypal")
                    .containsEntry("amount", "25.00").containsEntry("currency", "USD")
                    .containsEntry("email", "john@example.com").containsEntry("quantity", "2")
                    .containsEntry("type", "monthly");
        });
        assertThat(shop.buyers.keyDeliveries()).isEmpty();
        shop.assertNoFullKeyInAudit();
    }

    @Test
    void theSameOrderAgainGetsTheSameKeysAndClaimsNothing() {
        StorefrontDelivery first = store.storefronts.deliver(order("inv-2", WEEKLY_PRODUCT, 3, null));

        for (int retry = 0; retry < 4; retry++) {
            assertThat(codes(store.storefronts.deliver(order("inv-2", WEEKLY_PRODUCT, 3, null))))
                    .containsExactlyElementsOf(codes(first));
        }
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(2);
        assertThat(shop.audit.ofAction(AuditAction.STOREFRONT_SALE)).hasSize(1);
    }

    @Test
    void aBuyerWithADiscordReferenceHoldsTheKeyIsToldByDirectMessageAndCountsAsLicensed() {
        StorefrontDelivery served = store.storefronts.deliver(order("inv-3", WEEKLY_PRODUCT, 1, BUYER));

        LicenseKey key = served.keys().get(0);
        assertThat(key.holder()).isEqualTo(BUYER);
        assertThat(key.delivery().channel()).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);
        assertThat(shop.buyers.deliveredCodes()).containsExactly(key.code());
        assertThat(shop.delivery.myLicenses(BuyerShop.as(BUYER))).extracting(LicenseKey::code).containsExactly(key.code());
        assertThatThrownBy(() -> shop.guard.checkMayBuy(BUYER)).isInstanceOf(AlreadyLicensedException.class);

        store.storefronts.deliver(order("inv-3", WEEKLY_PRODUCT, 1, BUYER));
        assertThat(shop.buyers.deliveredCodes()).containsExactly(key.code());
    }

    @Test
    void aDirectMessageThatFailsLeavesTheKeyPendingForTheSweeperButTheStorefrontStillGetsIt() {
        shop.buyers.becomeUnreachable();

        StorefrontDelivery served = store.storefronts.deliver(order("inv-4", WEEKLY_PRODUCT, 1, BUYER));

        assertThat(served.keys()).singleElement().satisfies(key -> assertThat(key.hasPendingDelivery()).isTrue());
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(4);
    }

    @Test
    void stockThatCannotCoverTheQuantityClaimsNothingAndAdminsAreToldOncePerOrder() {
        StorefrontOrder tooMany = order("inv-5", WEEKLY_PRODUCT, 6, null);

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> store.storefronts.deliver(tooMany)).isInstanceOf(OutOfStockException.class);
        }

        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(5);
        for (int unit = 0; unit < 6; unit++) {
            assertThat(shop.keys.findByOrder(OrderId.forStorefrontUnit("sellauth", "inv-5", WEEKLY_PRODUCT, unit))).isEmpty();
        }
        assertThat(shop.admins.storefrontRefusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.reason()).isEqualTo("out_of_stock");
            assertThat(refusal.invoice()).isEqualTo("inv-5");
        });
        assertThat(shop.audit.ofAction(AuditAction.STOREFRONT_REFUSED)).hasSize(3);
        assertThat(shop.audit.ofAction(AuditAction.KEY_RELEASED)).hasSize(15);
        assertThat(shop.audit.ofAction(AuditAction.STOREFRONT_SALE)).isEmpty();
    }

    @Test
    void anUnknownProductIsRefusedAndToldToAdminsOncePerProduct() {
        assertThatThrownBy(() -> store.storefronts.deliver(order("inv-6", "mystery", 1, null)))
                .isInstanceOf(UnknownStorefrontProductException.class);
        assertThatThrownBy(() -> store.storefronts.deliver(order("inv-7", "mystery", 1, null)))
                .isInstanceOf(UnknownStorefrontProductException.class);
        assertThatThrownBy(() -> store.storefronts.deliver(new StorefrontOrder("gumroad", "inv-8", WEEKLY_PRODUCT, WEEKLY_PRODUCT, 1,
                null, null, null, null))).isInstanceOf(UnknownStorefrontProductException.class);

        assertThat(shop.admins.storefrontRefusals()).extracting(StorefrontRefusal::provider)
                .containsExactly("sellauth", "gumroad");
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(5);
    }

    @Test
    void aQuantityOutsideOneToAHundredIsRefused() {
        assertThatThrownBy(() -> store.storefronts.deliver(order("inv-9", WEEKLY_PRODUCT, 0, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> store.storefronts.deliver(order("inv-10", WEEKLY_PRODUCT, 101, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(5);
    }

    @Test
    void aLockedMethodRefusesNewOrdersButAnOrderServedBeforeGetsItsKeysAgain() {
        StorefrontDelivery served = store.storefronts.deliver(order("inv-11", WEEKLY_PRODUCT, 1, null));
        shop.lock("paypal");

        assertThatThrownBy(() -> store.storefronts.deliver(order("inv-12", WEEKLY_PRODUCT, 1, null)))
                .isInstanceOf(LockedDownException.class);
        assertThat(codes(store.storefronts.deliver(order("inv-11", WEEKLY_PRODUCT, 1, null))))
                .isEqualTo(codes(served));
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(4);
        assertThat(shop.admins.storefrontRefusals()).extracting(StorefrontRefusal::reason).containsExactly("locked_down");
    }

    @Test
    void anUnreadableWebhookIsToldToAdminsOncePerProblem() {
        store.storefronts.unreadable("sellix", "event order:paid");
        store.storefronts.unreadable("sellix", "event order:paid");
        store.storefronts.unreadable("sellix", "no quantity");

        assertThat(shop.admins.storefrontRefusals()).extracting(StorefrontRefusal::detail)
                .containsExactly("event order:paid", "no quantity");
    }

    @Test
    void sixtyFourOrdersAtOnceForTenKeysServeExactlyTenAndNoKeyTwice() throws Exception {
        StorefrontShop small = new StorefrontShop().stock(WEEKLY, 10);
        List<Callable<List<KeyCode>>> racers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            StorefrontOrder each = order("race-" + i, WEEKLY_PRODUCT, 1, null);
            racers.add(() -> {
                try {
                    return codes(small.storefronts.deliver(each));
                } catch (OutOfStockException refused) {
                    return List.of();
                }
            });
        }

        List<List<KeyCode>> results = Race.all(racers);

        List<KeyCode> handedOut = results.stream().flatMap(List::stream).toList();
        assertThat(handedOut).hasSize(10);
        assertThat(new HashSet<>(handedOut)).hasSize(10);
        assertThat(results.stream().filter(List::isEmpty).count()).isEqualTo(54);
        assertThat(small.shop.keys.countAvailable(WEEKLY)).isZero();
        assertThat(small.shop.audit.ofAction(AuditAction.STOREFRONT_SALE)).hasSize(10);
    }

    @Test
    void theSameOrderSentByManyAtOnceGetsOneSetOfKeys() throws Exception {
        List<Callable<List<KeyCode>>> racers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            racers.add(() -> codes(store.storefronts.deliver(order("same", WEEKLY_PRODUCT, 2, null))));
        }

        Set<List<KeyCode>> distinct = new HashSet<>(Race.all(racers));

        assertThat(distinct).hasSize(1);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(3);
        assertThat(shop.audit.ofAction(AuditAction.STOREFRONT_SALE)).extracting(AuditEvent::subject).hasSize(1);
    }
}
