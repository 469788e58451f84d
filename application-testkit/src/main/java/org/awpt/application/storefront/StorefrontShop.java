package org.awpt.application.storefront;

import java.util.List;
import java.util.Map;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.fake.InMemoryOnceRegistry;
import org.awpt.application.purchase.BuyerShop;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * A {@link BuyerShop} that also serves storefront orders: Sellix, SellAuth and Sell.app take the
 * {@code paypal} method's money; product {@code weekly-product} sells weekly keys and
 * {@code monthly-product} monthly keys on each of them.
 */
public final class StorefrontShop {
    /** The storefront product of the weekly type, on every provider. */
    public static final String WEEKLY_PRODUCT = "weekly-product";
    /** The storefront product of the monthly type, on every provider. */
    public static final String MONTHLY_PRODUCT = "monthly-product";
    /** The payment method the storefronts take the money for. */
    public static final String METHOD = "paypal";

    /** The storefront catalog: which product sells which type. */
    public static final StorefrontCatalog CATALOG = catalog();

    /** The buyer side this storefront shop sells through, its shop serving {@link #CATALOG}. */
    public final BuyerShop shop = new BuyerShop(ExampleShop.settings(BuyerShop.ACCESS),
            builder -> builder.storefronts(CATALOG));
    /** Once-marks (the storefront deliveries' among them). */
    public final InMemoryOnceRegistry once = shop.once;
    /** Storefront deliveries. */
    public final StorefrontDeliveryUseCase storefronts = shop.core.storefrontDeliveries();

    private static StorefrontCatalog catalog() {
        Map<String, LicenseTypeCode> products = Map.of(WEEKLY_PRODUCT, LicenseTypeCode.WEEKLY,
                MONTHLY_PRODUCT, LicenseTypeCode.MONTHLY);
        return new StorefrontCatalog(List.of(new StorefrontProvider("sellix", METHOD, products),
                new StorefrontProvider("sellauth", METHOD, products), new StorefrontProvider("sellapp", METHOD, products)));
    }

    /** Adds keys of a type to the stock. */
    public StorefrontShop stock(LicenseTypeCode type, int count) {
        shop.stock(type, count);
        return this;
    }
}
