package org.awpt.application.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.application.purchase.BuyerShop.ADMIN;
import static org.awpt.application.purchase.BuyerShop.BUYER;
import static org.awpt.application.purchase.BuyerShop.OTHER_BUYER;
import static org.awpt.application.purchase.BuyerShop.as;
import static org.awpt.domain.license.LicenseTypeCode.MONTHLY;
import static org.awpt.domain.license.LicenseTypeCode.WEEKLY;

import java.util.List;
import java.util.Map;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.purchase.BuyerShop;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.storefront.StorefrontVisit;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.LockedDownException;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.buyer.AlreadyLicensedException;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;
import org.awpt.domain.payment.PaymentMethods;
import org.awpt.domain.stock.PurchasesPausedException;
import org.junit.jupiter.api.Test;

class StorefrontServiceTest {
    private final BuyerShop shop = new BuyerShop().stock(WEEKLY, 10).stock(MONTHLY, 10);

    private StorefrontVisit open(org.awpt.domain.DiscordUserId buyer, org.awpt.domain.license.LicenseTypeCode type) {
        return shop.storefront.open(new OpenStorefront(as(buyer), type, "paypal"));
    }

    @Test
    void aBuyerIsSentToTheStorefrontPageOfTheType() {
        StorefrontVisit visit = open(BUYER, MONTHLY);

        assertThat(visit.link()).isEqualTo("https://buyawp.sellpass.io/products/monthly");
        assertThat(visit.method()).isEqualTo("paypal");
        assertThat(visit.buyer()).isEqualTo(BUYER);
        assertThat(visit.isOpen()).isTrue();
        assertThat(shop.visits.find(visit.id())).contains(visit);
        assertThat(shop.audit.ofAction(AuditAction.STOREFRONT_OPENED)).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo(visit.id()));
    }

    @Test
    void openingTheSameTypeAgainReturnsTheOpenVisit() {
        StorefrontVisit first = open(BUYER, WEEKLY);

        assertThat(open(BUYER, WEEKLY)).isEqualTo(first);
        assertThat(open(BUYER, MONTHLY).id()).isNotEqualTo(first.id());
        assertThat(open(OTHER_BUYER, WEEKLY).id()).isNotEqualTo(first.id());
        assertThat(shop.audit.ofAction(AuditAction.STOREFRONT_OPENED)).hasSize(3);
    }

    @Test
    void theBuyerOrAnAdminCancelsAVisitOnceButNoOtherBuyer() {
        StorefrontVisit mine = open(BUYER, WEEKLY);

        assertThatThrownBy(() -> shop.storefront.cancel(new CancelStorefront(as(OTHER_BUYER), mine.id())))
                .isInstanceOf(NotAuthorizedException.class);
        StorefrontVisit cancelled = shop.storefront.cancel(new CancelStorefront(as(BUYER), mine.id()));
        assertThat(cancelled.isOpen()).isFalse();
        assertThat(cancelled.cancelledAt()).isEqualTo(shop.clock.instant());
        assertThat(shop.visits.find(mine.id())).contains(cancelled);
        assertThatThrownBy(() -> shop.storefront.cancel(new CancelStorefront(as(BUYER), mine.id())))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(open(BUYER, WEEKLY).id()).isNotEqualTo(mine.id());

        StorefrontVisit theirs = open(OTHER_BUYER, WEEKLY);
        assertThat(shop.storefront.cancel(new CancelStorefront(as(ADMIN), theirs.id())).isOpen()).isFalse();
        assertThat(shop.audit.ofAction(AuditAction.STOREFRONT_CANCELLED)).extracting(e -> e.actor())
                .containsExactly(BUYER, ADMIN);
        assertThatThrownBy(() -> shop.storefront.cancel(new CancelStorefront(as(BUYER), "no-such-visit")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theStorefrontRefusesWhatEveryPurchaseRefuses() {
        shop.keys.claim(new ClaimOrder(new OrderId("test:1"), shop.settings.types().require(WEEKLY), OTHER_BUYER,
                null, null), shop.clock.instant());
        assertThatThrownBy(() -> open(OTHER_BUYER, MONTHLY)).isInstanceOf(AlreadyLicensedException.class);

        BuyerShop critical = new BuyerShop().stock(WEEKLY, 1);
        assertThatThrownBy(() -> critical.storefront.open(new OpenStorefront(as(BUYER), WEEKLY, "paypal")))
                .isInstanceOf(PurchasesPausedException.class);

        shop.lock("paypal");
        assertThatThrownBy(() -> open(BUYER, WEEKLY)).isInstanceOf(LockedDownException.class);
        assertThat(shop.visits.openVisitsOf(BUYER)).isEmpty();
    }

    @Test
    void aTypeWithoutStorefrontPageIsRefused() {
        ShopSettings d = ExampleShop.settings(BuyerShop.ACCESS);
        BuyerShop weeklyOnly = new BuyerShop(new ShopSettings(d.types(), d.prices(), new PaymentMethods(List.of(
                new PaymentMethod("paypal", "PayPal", PaymentMethodKind.STOREFRONT, "", "", "",
                        Map.of(WEEKLY, "https://store.example/weekly")))), d.gamePasses(), d.thresholds(),
                d.buyerPolicy(), d.proofPolicy(), d.importLimits(), d.access(), d.sessionExpiry(), d.cooldowns(),
                d.zone())).stock(MONTHLY, 10);

        assertThatThrownBy(() -> weeklyOnly.storefront.open(new OpenStorefront(as(BUYER), MONTHLY, "paypal")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void storefrontMethodsWithOtherCodesWorkSideBySideEachWithItsOwnLinks() {
        ShopSettings d = ExampleShop.settings(BuyerShop.ACCESS);
        BuyerShop two = new BuyerShop(new ShopSettings(d.types(), d.prices(), new PaymentMethods(List.of(
                new PaymentMethod("card", "Card", PaymentMethodKind.STOREFRONT, "", "", "",
                        Map.of(WEEKLY, "https://cards.example/weekly")),
                new PaymentMethod("crypto", "Crypto", PaymentMethodKind.STOREFRONT, "", "", "",
                        Map.of(WEEKLY, "https://coins.example/weekly")),
                new PaymentMethod("gcash", "GCash", PaymentMethodKind.MANUAL, "", "0935", "", Map.of()))),
                d.gamePasses(), d.thresholds(), d.buyerPolicy(), d.proofPolicy(), d.importLimits(), d.access(),
                d.sessionExpiry(), d.cooldowns(), d.zone())).stock(WEEKLY, 10);

        StorefrontVisit card = two.storefront.open(new OpenStorefront(as(BUYER), WEEKLY, "card"));
        StorefrontVisit crypto = two.storefront.open(new OpenStorefront(as(BUYER), WEEKLY, "crypto"));

        assertThat(card.method()).isEqualTo("card");
        assertThat(card.link()).isEqualTo("https://cards.example/weekly");
        assertThat(crypto.method()).isEqualTo("crypto");
        assertThat(crypto.link()).isEqualTo("https://coins.example/weekly");
        assertThat(two.storefront.open(new OpenStorefront(as(BUYER), WEEKLY, "crypto"))).isEqualTo(crypto);
        assertThatThrownBy(() -> two.storefront.open(new OpenStorefront(as(BUYER), WEEKLY, "gcash")))
                .isInstanceOf(InvalidInputException.class);

        two.lock("card");
        assertThatThrownBy(() -> two.storefront.open(new OpenStorefront(as(OTHER_BUYER), WEEKLY, "card")))
                .isInstanceOf(LockedDownException.class);
        assertThat(two.storefront.open(new OpenStorefront(as(OTHER_BUYER), WEEKLY, "crypto")).method())
                .isEqualTo("crypto");
    }
}
