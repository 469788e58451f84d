package org.awpt.domain.license;

import java.util.Map;
import org.awpt.domain.ShopException;

/** No key of the license type is available. */
public final class OutOfStockException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the type that ran out. */
    public OutOfStockException(LicenseTypeCode type) {
        super("out_of_stock", "no " + type + " key available", Map.of("type", type.value()));
    }
}
