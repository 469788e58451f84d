package org.awpt.application.storefront;

import java.util.List;
import java.util.Map;
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

    /** The buyer side this storefront shop sells through. */
    public final BuyerShop shop;
    /** Once-marks of the storefront deliveries. */
    public final InMemoryOnceRegistry once = new InMemoryOnceRegistry();
    /** The storefront catalog: which product sells which type. */
    public final StorefrontCatalog catalog;
    /** Storefront deliveries. */
    public final StorefrontDeliveryService storefronts;

    /** A fresh shop with no stock. */
    public StorefrontShop() {
        this(new BuyerShop());
    }

    /** Storefront delivery over this shop's stores and fakes. */
    public StorefrontShop(BuyerShop shop) {
        this.shop = shop;
        Map<String, LicenseTypeCode> products = Map.of(WEEKLY_PRODUCT, LicenseTypeCode.WEEKLY,
                MONTHLY_PRODUCT, LicenseTypeCode.MONTHLY);
        catalog = new StorefrontCatalog(List.of(new StorefrontProvider("sellix", METHOD, products),
                new StorefrontProvider("sellauth", METHOD, products), new StorefrontProvider("sellapp", METHOD, products)));
        storefronts = new StorefrontDeliveryService(shop.settings, catalog, shop.keys, shop.guard, shop.delivery,
                shop.admins, once, shop.auditor, shop.clock, shop.events);
    }

    /** Adds keys of a type to the stock. */
    public StorefrontShop stock(LicenseTypeCode type, int count) {
        shop.stock(type, count);
        return this;
    }
}
