package org.awpt.application.storefront;

import java.util.Map;
import org.awpt.domain.ShopException;

/** A storefront sent an order for a product (or from a storefront) the configuration does not map to a license type. */
public final class UnknownStorefrontProductException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the storefront and its product. */
    public UnknownStorefrontProductException(String provider, String product) {
        super("storefront_unknown_product", "no license type is configured for " + provider + " product " + product,
                Map.of("provider", provider, "product", product));
    }
}
