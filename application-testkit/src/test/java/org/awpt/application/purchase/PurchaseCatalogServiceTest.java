package org.awpt.application.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.application.purchase.BuyerShop.BUYER;
import static org.awpt.application.purchase.BuyerShop.as;
import static org.awpt.domain.license.LicenseTypeCode.MONTHLY;
import static org.awpt.domain.license.LicenseTypeCode.WEEKLY;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;
import org.awpt.domain.payment.PaymentMethods;
import org.awpt.domain.pricing.GamePasses;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.CoolingDownException;
import org.awpt.domain.access.LockedDownException;
import org.awpt.domain.buyer.AlreadyLicensedException;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.license.OutOfStockException;
import org.awpt.domain.license.UnknownLicenseTypeException;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.stock.PurchasesPausedException;
import org.awpt.domain.stock.StockLevel;
import org.junit.jupiter.api.Test;

class PurchaseCatalogServiceTest {
    private final BuyerShop shop = new BuyerShop();

    @Test
    void catalogShowsEveryTypeWithPricesStockAndWhetherItCanBeBought() {
        shop.stock(WEEKLY, 11).stock(MONTHLY, 1);

        PurchaseCatalog catalog = shop.catalog.catalog();

        assertThat(catalog.types()).extracting(TypeOffer::displayName).containsExactly("Weekly", "Monthly");
        TypeOffer weekly = catalog.type(WEEKLY).orElseThrow();
        assertThat(weekly.stock().available()).isEqualTo(11);
        assertThat(weekly.stock().level()).isEqualTo(StockLevel.HEALTHY);
        assertThat(weekly.purchasable()).isTrue();
        assertThat(weekly.prices()).contains(Money.of("2400", Money.ROBUX), Money.of("6.99", "USD"));
        TypeOffer monthly = catalog.type(MONTHLY).orElseThrow();
        assertThat(monthly.stock().level()).isEqualTo(StockLevel.CRITICAL);
        assertThat(monthly.purchasable()).isFalse();
    }

    @Test
    void catalogShowsWhichMethodsAreLockedDown() {
        shop.lock("gcash");

        PurchaseCatalog catalog = shop.catalog.catalog();

        assertThat(catalog.methods()).extracting(offer -> offer.method().code())
                .containsExactly("robux", "paypal", "international", "cashapp", "applepay", "gcash");
        assertThat(catalog.method("gcash").orElseThrow().isLocked()).isTrue();
        assertThat(catalog.method("gcash").orElseThrow().locked().reason()).isEqualTo("maintenance");
        assertThat(catalog.method("robux").orElseThrow().isLocked()).isFalse();
        assertThat(catalog.method("bitcoin")).isEmpty();
        assertThat(catalog.type(new org.awpt.domain.license.LicenseTypeCode("daily"))).isEmpty();
    }

    @Test
    void anUnlockedSwitchDoesNotLockTheMethod() {
        shop.lockdowns.save(new org.awpt.domain.access.Lockdown(org.awpt.domain.access.Feature.paymentMethod("robux"),
                false, BuyerShop.ADMIN, shop.clock.instant(), "back"));
        shop.stock(WEEKLY, 5);

        assertThat(shop.catalog.catalog().method("robux").orElseThrow().isLocked()).isFalse();
        assertThat(shop.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "robux")).link()).isNotNull();
    }

    @Test
    void startingARobuxPurchaseShowsTheGamepassOfTheType() {
        shop.stock(MONTHLY, 5);

        PurchaseStart start = shop.catalog.start(new StartPurchase(as(BUYER), MONTHLY, "robux"));

        assertThat(start.type().code()).isEqualTo(MONTHLY);
        assertThat(start.method().code()).isEqualTo("robux");
        assertThat(start.link()).isEqualTo("https://www.roblox.com/game-pass/1030833419/BIG-DONATION-AWP-MONTH");
        assertThat(start.linkIfAny()).isPresent();
        assertThat(start.manualDetails()).isNull();
        assertThat(start.prices()).contains(Money.of("8600", Money.ROBUX));
    }

    @Test
    void startingAStorefrontPurchaseShowsTheStorefrontPage() {
        shop.stock(WEEKLY, 5);

        PurchaseStart start = shop.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "paypal"));

        assertThat(start.link()).isEqualTo("https://buyawp.sellpass.io/products/weekly");
    }

    @Test
    void startingAManualPurchaseShowsWhereToPay() {
        shop.stock(WEEKLY, 5);

        PurchaseStart start = shop.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "gcash"));

        assertThat(start.link()).isNull();
        assertThat(start.linkIfAny()).isEmpty();
        assertThat(start.manualDetails()).isEqualTo("09356040108");
    }

    @Test
    void aLockedDownMethodDoesNotStart() {
        shop.stock(WEEKLY, 5);
        shop.lock("robux");

        assertThatThrownBy(() -> shop.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "robux")))
                .isInstanceOf(LockedDownException.class);
        assertThat(shop.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "paypal")).link()).isNotNull();
    }

    @Test
    void criticalStockStopsNewPurchasesButLowStockDoesNot() {
        shop.stock(WEEKLY, 1);

        assertThatThrownBy(() -> shop.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "gcash")))
                .isInstanceOf(PurchasesPausedException.class)
                .extracting(e -> ((PurchasesPausedException) e).code()).isEqualTo("stock_critical");

        shop.stock(WEEKLY, 1);
        assertThat(shop.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "gcash")).type().code()).isEqualTo(WEEKLY);
    }

    @Test
    void noStockAtAllIsOutOfStock() {
        assertThatThrownBy(() -> shop.catalog.start(new StartPurchase(as(BUYER), MONTHLY, "robux")))
                .isInstanceOf(OutOfStockException.class);
    }

    @Test
    void aBuyerWithAnActiveLicenseDoesNotStartAnotherUntilTheRenewalWindow() {
        shop.stock(WEEKLY, 10);
        LicenseType weekly = shop.settings.types().require(WEEKLY);
        shop.keys.claim(new ClaimOrder(new OrderId("test:1"), weekly, BUYER, null, null), shop.clock.instant());
        StartPurchase again = new StartPurchase(as(BUYER), WEEKLY, "robux");

        assertThatThrownBy(() -> shop.catalog.start(again)).isInstanceOf(AlreadyLicensedException.class);

        shop.clock.advance(Duration.ofDays(5));
        assertThat(shop.catalog.start(again).link()).isNotNull();
    }

    @Test
    void aBuyerCoolingDownForTheMethodDoesNotStart() {
        shop.stock(WEEKLY, 10);
        for (int i = 0; i < 3; i++) {
            shop.guard.recordFailure(BUYER, CooldownAction.ROBUX_VERIFICATION);
        }

        assertThatThrownBy(() -> shop.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "robux")))
                .isInstanceOf(CoolingDownException.class);
        assertThat(shop.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "gcash"))).isNotNull();
        assertThat(shop.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "paypal"))).isNotNull();
    }

    @Test
    void unknownTypesAndMethodsAreRefused() {
        shop.stock(WEEKLY, 10);

        assertThatThrownBy(() -> shop.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "bitcoin")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> shop.catalog.start(
                new StartPurchase(as(BUYER), new org.awpt.domain.license.LicenseTypeCode("daily"), "robux")))
                .isInstanceOf(UnknownLicenseTypeException.class);
    }

    @Test
    void aRobuxTypeWithoutGamepassUsesTheMethodLinkAndATypeWithoutAnyLinkIsRefused() {
        ShopSettings d = ShopSettings.defaults(BuyerShop.ACCESS);
        PaymentMethod robux = d.methods().require("robux");
        PaymentMethod paypalWeeklyOnly = new PaymentMethod("paypal", "PayPal", PaymentMethodKind.STOREFRONT, "", "", "",
                Map.of(WEEKLY, "https://store.example/weekly"));
        ShopSettings settings = new ShopSettings(d.types(), d.prices(), new PaymentMethods(List.of(robux,
                new PaymentMethod("robux2", "Robux 2", PaymentMethodKind.ROBUX, "", "", "", Map.of()),
                paypalWeeklyOnly)), new GamePasses(List.of()), d.thresholds(), d.buyerPolicy(), d.proofPolicy(),
                d.importLimits(), d.access(), d.sessionExpiry(), d.cooldowns(), d.zone());
        BuyerShop custom = new BuyerShop(settings).stock(WEEKLY, 5).stock(MONTHLY, 5);

        assertThat(custom.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "robux")).link())
                .isEqualTo(robux.linkFor(WEEKLY).orElseThrow());
        assertThatThrownBy(() -> custom.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "robux2")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> custom.catalog.start(new StartPurchase(as(BUYER), MONTHLY, "paypal")))
                .isInstanceOf(InvalidInputException.class);
    }
}
