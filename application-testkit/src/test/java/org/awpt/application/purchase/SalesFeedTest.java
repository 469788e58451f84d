package org.awpt.application.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.application.purchase.BuyerShop.ADMIN;
import static org.awpt.application.purchase.BuyerShop.BUYER;
import static org.awpt.application.purchase.BuyerShop.PNG;
import static org.awpt.application.purchase.BuyerShop.as;
import static org.awpt.domain.license.LicenseTypeCode.MONTHLY;
import static org.awpt.domain.license.LicenseTypeCode.WEEKLY;

import org.awpt.application.manual.Approval;
import org.awpt.application.manual.AttachProof;
import org.awpt.application.manual.DecidePayment;
import org.awpt.application.manual.SubmitPayment;
import org.awpt.application.robux.GamePassNotOwnedException;
import org.awpt.application.robux.RobuxPurchaseResult;
import org.awpt.application.robux.VerifyRobuxPurchase;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.application.storefront.StorefrontDelivery;
import org.awpt.application.storefront.StorefrontOrder;
import org.awpt.application.storefront.StorefrontShop;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.ShopException;
import org.awpt.domain.event.SaleCompleted;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.pricing.Money;
import org.junit.jupiter.api.Test;

/** Every completed sale (Robux, manual, storefront) reaches the sales feed once, through the shop's reactions. */
class SalesFeedTest {
    private static final long WEEKLY_PASS = 1022970504L;
    private static final RobloxUserId ACCOUNT = new RobloxUserId(111);

    private final StorefrontShop store = new StorefrontShop().stock(WEEKLY, 5).stock(MONTHLY, 5);
    private final BuyerShop shop = store.shop;

    private RobuxPurchaseResult buyWithRobux() {
        shop.roblox.addUser(new RobloxUser(ACCOUNT, "Buyer_One", "Buyer One", false)).grant(ACCOUNT, WEEKLY_PASS, 5001);
        return shop.robux.verify(new VerifyRobuxPurchase(as(BUYER), WEEKLY, "111", "ticket-1"));
    }

    @Test
    void aRobuxSaleIsPostedOnceWithBuyerTypeMethodAndKey() {
        RobuxPurchaseResult result = buyWithRobux();
        assertThatThrownBy(() -> shop.robux.verify(new VerifyRobuxPurchase(as(BUYER), WEEKLY, "111", "ticket-1")))
                .as("the same ownership again").isInstanceOf(ShopException.class);

        assertThat(shop.sales.posted()).singleElement().satisfies(sale -> {
            assertThat(sale.buyer()).isEqualTo(BUYER);
            assertThat(sale.type()).isEqualTo(WEEKLY);
            assertThat(sale.method()).isEqualTo("robux");
            assertThat(sale.keys()).containsExactly(result.key().code());
            assertThat(sale.reference()).isEqualTo(result.key().orderId().value());
            assertThat(sale.at()).isEqualTo(shop.clock.instant());
            assertThat(sale.paid()).as("the configured Robux price at the sale").contains(Money.of("2400", Money.ROBUX));
        });
    }

    @Test
    void anApprovedManualPaymentIsPostedOnceWithItsMethod() {
        PaymentSession session = shop.manual.submit(new SubmitPayment(as(BUYER), WEEKLY, "gcash",
                new PaymentDetails("GCash", "TX-1", "buyer@example.com", null), "ticket-9"));
        shop.manual.attachProof(new AttachProof(as(BUYER), session.id(), PNG));
        assertThat(shop.sales.posted()).isEmpty();

        Approval approval = shop.manual.approve(new DecidePayment(as(ADMIN), session.id()));

        assertThat(shop.sales.posted()).singleElement().satisfies(sale -> {
            assertThat(sale.buyer()).isEqualTo(BUYER);
            assertThat(sale.method()).isEqualTo("gcash");
            assertThat(sale.keys()).containsExactly(approval.key().code());
            assertThat(sale.reference()).isEqualTo(session.orderId().value());
            assertThat(sale.paid()).as("the price in the method's currency").contains(Money.of("420", "PHP"));
        });
    }

    @Test
    void aManualMethodWithoutACurrencyRecordsItsSaleWithoutAnAmount() {
        PaymentSession session = shop.manual.submit(new SubmitPayment(as(BUYER), WEEKLY, "international",
                new PaymentDetails("G2A", "TX-1", "buyer@example.com", null), "ticket-9"));
        shop.manual.attachProof(new AttachProof(as(BUYER), session.id(), PNG));

        shop.manual.approve(new DecidePayment(as(ADMIN), session.id()));

        assertThat(shop.sales.posted()).singleElement().satisfies(sale -> assertThat(sale.paid()).isEmpty());
    }

    @Test
    void aStorefrontOrderIsPostedOnceWithAllItsKeysEvenWhenTheWebhookComesAgain() {
        StorefrontOrder order = new StorefrontOrder("sellauth", "inv-1", StorefrontShop.MONTHLY_PRODUCT,
                StorefrontShop.MONTHLY_PRODUCT, 2, "25.00", "USD", "john@example.com", null);

        StorefrontDelivery served = store.storefronts.deliver(order);
        store.storefronts.deliver(order);

        assertThat(shop.sales.posted()).singleElement().satisfies(sale -> {
            assertThat(sale.discordBuyer()).isEmpty();
            assertThat(sale.type()).isEqualTo(MONTHLY);
            assertThat(sale.method()).isEqualTo(StorefrontShop.METHOD);
            assertThat(sale.keys()).containsExactlyElementsOf(served.keys().stream().map(LicenseKey::code).toList());
            assertThat(sale.paid()).as("the amount as the storefront sent it").contains(Money.of("25.00", "USD"));
        });
    }

    @Test
    void aStorefrontOrderWithoutAReadableAmountIsRecordedWithoutOne() {
        StorefrontOrder order = new StorefrontOrder("sellauth", "inv-2", StorefrontShop.MONTHLY_PRODUCT,
                StorefrontShop.MONTHLY_PRODUCT, 1, "twenty", "usd", "", null);

        store.storefronts.deliver(order);

        assertThat(shop.sales.posted()).singleElement().satisfies(sale -> assertThat(sale.paid()).isEmpty());
        assertThat(new StorefrontOrder("sellix", "i", "p", "p", 1, " 9.5 ", "usd", "", null).paid())
                .contains(Money.of("9.5", "USD"));
    }

    @Test
    void aBrokenSalesFeedStopsNeitherTheSaleNorTheOtherReactions() {
        shop.sales.breakDown();

        RobuxPurchaseResult result = buyWithRobux();

        assertThat(result.deliveryPending()).isFalse();
        assertThat(shop.buyers.deliveredCodes()).containsExactly(result.key().code());
        assertThat(shop.sales.posted()).isEmpty();
        assertThat(shop.published(SaleCompleted.class)).hasSize(1);
        assertThat(shop.inventoryChanges.get()).isEqualTo(1);
    }

    @Test
    void aRefusedPurchasePostsNothing() {
        shop.roblox.addUser(new RobloxUser(ACCOUNT, "Buyer_One", "Buyer One", false))
                .addGamePass(new GamePassInfo(WEEKLY_PASS, "Weekly", 2400L, true));

        assertThatThrownBy(() -> shop.robux.verify(new VerifyRobuxPurchase(as(BUYER), WEEKLY, "111", "ticket-1")))
                .isInstanceOf(GamePassNotOwnedException.class);

        assertThat(shop.sales.posted()).isEmpty();
        assertThat(shop.published(SaleCompleted.class)).isEmpty();
    }
}
