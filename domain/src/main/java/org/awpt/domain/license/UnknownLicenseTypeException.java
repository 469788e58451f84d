package org.awpt.domain.license;

import java.util.Map;
import org.awpt.domain.ShopException;

/** A license type code that the shop's catalog does not list. */
public final class UnknownLicenseTypeException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the unknown code. */
    public UnknownLicenseTypeException(String code) {
        super("unknown_license_type", "unknown license type " + code, Map.of("type", String.valueOf(code)));
    }
}
