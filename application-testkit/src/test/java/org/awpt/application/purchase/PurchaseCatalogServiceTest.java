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
import org.awpt.application.fake.ExampleShop;
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
    void aMethodIsOfferedOnlyForTheTypesItsDetailsAreConfiguredFor() {
        ShopSettings d = ExampleShop.settings(BuyerShop.ACCESS);
        PaymentMethod paypalWeeklyOnly = new PaymentMethod("paypal", "PayPal", PaymentMethodKind.STOREFRONT, "", "", "",
                Map.of(WEEKLY, "https://store.example/weekly"));
        PaymentMethod cashAppWithoutHandle = new PaymentMethod("cashapp", "CashApp", PaymentMethodKind.MANUAL, "", "",
                "", Map.of());
        ShopSettings settings = new ShopSettings(d.types(), d.prices(), new PaymentMethods(List.of(
                d.methods().require("robux"), paypalWeeklyOnly, cashAppWithoutHandle)),
                new GamePasses(List.of(ExampleShop.gamePasses().forType(MONTHLY).orElseThrow())), d.thresholds(),
                d.buyerPolicy(), d.proofPolicy(), d.importLimits(), d.access(), d.sessionExpiry(), d.cooldowns(),
                d.zone());
        BuyerShop custom = new BuyerShop(settings).stock(WEEKLY, 5).stock(MONTHLY, 5);

        PurchaseCatalog catalog = custom.catalog.catalog();

        assertThat(catalog.methods()).extracting(offer -> offer.method().code()).containsExactly("robux", "paypal");
        assertThat(catalog.method("robux").orElseThrow().types()).containsExactly(MONTHLY);
        assertThat(catalog.method("paypal").orElseThrow().types()).containsExactly(WEEKLY);
        assertThat(catalog.takesNoPayment()).isFalse();
        assertThat(catalog.missing()).extracting(MissingSetting::key).containsExactly("shop.gamepasses.weekly",
                "shop.paymentMethods[1].links.monthly", "shop.paymentMethods[2].details");
        assertThat(custom.catalog.start(new StartPurchase(as(BUYER), MONTHLY, "robux")).link())
                .isEqualTo("https://www.roblox.com/game-pass/1030833419/BIG-DONATION-AWP-MONTH");
        assertThat(custom.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "paypal")).link())
                .isEqualTo("https://store.example/weekly");
        for (String[] notOffered : new String[][] {{"weekly", "robux"}, {"monthly", "paypal"}, {"weekly", "cashapp"}}) {
            assertThatThrownBy(() -> custom.catalog.start(new StartPurchase(as(BUYER),
                    new org.awpt.domain.license.LicenseTypeCode(notOffered[0]), notOffered[1])))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("payment method"));
        }
    }

    @Test
    void aShopWithNoPaymentConfiguredOffersNothingAndNamesTheSettingToFill() {
        BuyerShop bare = new BuyerShop(ShopSettings.defaults(BuyerShop.ACCESS)).stock(WEEKLY, 5).stock(MONTHLY, 5);

        PurchaseCatalog catalog = bare.catalog.catalog();

        assertThat(catalog.methods()).isEmpty();
        assertThat(catalog.takesNoPayment()).isTrue();
        assertThat(catalog.missing()).singleElement().satisfies(setting -> {
            assertThat(setting.key()).isEqualTo("shop.paymentMethods");
            assertThat(setting.what()).contains("config.example.json", "shop.gamepasses", "details", "links");
        });
        assertThat(catalog.types()).hasSize(2);
        assertThatThrownBy(() -> bare.catalog.start(new StartPurchase(as(BUYER), WEEKLY, "robux")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theExampleShopOffersEveryMethodForEveryTypeAndLacksNothing() {
        PaymentSetup setup = new PaymentSetup(ExampleShop.settings(BuyerShop.ACCESS));

        assertThat(setup.missing()).isEmpty();
        assertThat(setup.unpayableTypes()).isEmpty();
        assertThat(setup.takesNoPayment()).isFalse();
        assertThat(setup.typesOf(ExampleShop.methods().require("gcash"))).containsExactly(WEEKLY, MONTHLY);
    }

    @Test
    void aTypeNoMethodIsConfiguredForCannotBePaid() {
        ShopSettings d = ShopSettings.defaults(BuyerShop.ACCESS);
        ShopSettings robuxWeeklyOnly = new ShopSettings(d.types(), d.prices(),
                new PaymentMethods(List.of(ExampleShop.methods().require("robux"))),
                new GamePasses(List.of(ExampleShop.gamePasses().forType(WEEKLY).orElseThrow())), d.thresholds(),
                d.buyerPolicy(), d.proofPolicy(), d.importLimits(), d.access(), d.sessionExpiry(), d.cooldowns(),
                d.zone());

        PaymentSetup setup = new PaymentSetup(robuxWeeklyOnly);

        assertThat(setup.unpayableTypes()).containsExactly(MONTHLY);
        assertThat(setup.takesNoPayment()).isFalse();
        assertThat(setup.missing()).singleElement().satisfies(setting -> {
            assertThat(setting.key()).isEqualTo("shop.gamepasses.monthly");
            assertThat(setting.toString()).startsWith("shop.gamepasses.monthly: the gamepass buyers purchase for"
                    + " monthly with Robux (robux)");
        });
    }
}
