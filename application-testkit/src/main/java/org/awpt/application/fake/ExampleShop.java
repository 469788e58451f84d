package org.awpt.application.fake;

import java.util.List;
import java.util.Map;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;
import org.awpt.domain.payment.PaymentMethods;
import org.awpt.domain.pricing.GamePass;
import org.awpt.domain.pricing.GamePasses;

/**
 * The original shop's payment methods and gamepasses, as {@code config.example.json} lists them:
 * test data only. The code has no payment default; a test shop that takes payments uses these.
 */
public final class ExampleShop {
    /** The weekly gamepass's id. */
    public static final long WEEKLY_PASS = 1022970504L;
    /** The monthly gamepass's id. */
    public static final long MONTHLY_PASS = 1030833419L;
    private static final String WEEKLY_PAGE = "https://www.roblox.com/game-pass/1022970504/Donation-Awp-Party";
    private static final String MONTHLY_PAGE = "https://www.roblox.com/game-pass/1030833419/BIG-DONATION-AWP-MONTH";

    private ExampleShop() {
    }

    /** The specification's shop with the original's payment methods and gamepasses. */
    public static ShopSettings settings(AccessPolicy access) {
        ShopSettings bare = ShopSettings.defaults(access);
        return new ShopSettings(bare.types(), bare.prices(), methods(), gamePasses(), bare.thresholds(),
                bare.buyerPolicy(), bare.proofPolicy(), bare.importLimits(), bare.access(), bare.sessionExpiry(),
                bare.cooldowns(), bare.zone());
    }

    /** Robux, PayPal (a storefront), international, CashApp, Apple Pay, GCash. */
    public static PaymentMethods methods() {
        LicenseTypeCode weekly = LicenseTypeCode.WEEKLY;
        LicenseTypeCode monthly = LicenseTypeCode.MONTHLY;
        return new PaymentMethods(List.of(
                new PaymentMethod("robux", "Robux", PaymentMethodKind.ROBUX, "Pay with Roblox gamepass", "", "",
                        Map.of(weekly, WEEKLY_PAGE, monthly, MONTHLY_PAGE)),
                new PaymentMethod("paypal", "PayPal", PaymentMethodKind.STOREFRONT, "Pay through our SellPass website",
                        "", "", Map.of(weekly, "https://buyawp.sellpass.io/products/weekly",
                                monthly, "https://buyawp.sellpass.io/products/monthly")),
                new PaymentMethod("international", "International Payment", PaymentMethodKind.MANUAL,
                        "G2A, PIX, iDEAL, etc.",
                        "https://www.g2a.com/binance-gift-card-75-usdt-key-i10000337768028", "\uD83C\uDF0D", Map.of()),
                new PaymentMethod("cashapp", "CashApp", PaymentMethodKind.MANUAL, "", "$den7i", "", Map.of(), "USD"),
                new PaymentMethod("applepay", "Apple Pay", PaymentMethodKind.MANUAL, "", "6892412574", "", Map.of(), "USD"),
                new PaymentMethod("gcash", "GCash", PaymentMethodKind.MANUAL, "", "09356040108", "", Map.of(), "PHP")));
    }

    /** Weekly 1022970504, monthly 1030833419. */
    public static GamePasses gamePasses() {
        return new GamePasses(List.of(new GamePass(WEEKLY_PASS, LicenseTypeCode.WEEKLY, WEEKLY_PAGE),
                new GamePass(MONTHLY_PASS, LicenseTypeCode.MONTHLY, MONTHLY_PAGE)));
    }
}
