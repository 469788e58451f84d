package org.awpt.domain.stock;

import java.util.Map;
import org.awpt.domain.ShopException;

/**
 * Stock of a type is at or below the critical threshold, so new purchases of it do not start
 * (purchases already under way may still take the last keys).
 */
public final class PurchasesPausedException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the type and its level. */
    public PurchasesPausedException(StockStatus status) {
        super("stock_critical", status.type() + " stock is " + status.level(),
                Map.of("type", status.type().value(), "available", status.available(), "level", status.level().name()));
    }
}
