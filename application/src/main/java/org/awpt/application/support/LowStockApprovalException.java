package org.awpt.application.support;

import java.util.Map;
import org.awpt.domain.ShopException;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.request.RequestId;

/**
 * Approving the key request would hand out keys while the type's stock is at or below its low
 * threshold: the admin must confirm ({@link DecideKeyRequest#lowStockConfirmed()}). Nothing was changed.
 */
public final class LowStockApprovalException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the request, its size, the type's keys still available and the low threshold. */
    public LowStockApprovalException(RequestId request, LicenseTypeCode type, int quantity, long available, int low) {
        super("key_request_low_stock", "approving " + request.value() + " (" + quantity + " " + type.value()
                + " keys) leaves " + available + " in stock, at or below the low threshold " + low,
                Map.of("request", request.value(), "type", type.value(), "quantity", quantity, "available", available,
                        "low", low));
    }
}
