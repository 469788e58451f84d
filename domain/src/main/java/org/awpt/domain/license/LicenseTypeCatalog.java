package org.awpt.domain.license;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The license types a shop sells, in display order. A shop adds a type by configuration, not code.
 */
public final class LicenseTypeCatalog {
    private final Map<LicenseTypeCode, LicenseType> types;

    /** Creates a catalog of at least one type, with distinct codes. */
    public LicenseTypeCatalog(List<LicenseType> types) {
        if (types == null || types.isEmpty()) {
            throw new IllegalArgumentException("a catalog lists at least one license type");
        }
        Map<LicenseTypeCode, LicenseType> byCode = new LinkedHashMap<>();
        for (LicenseType type : types) {
            if (byCode.put(type.code(), type) != null) {
                throw new IllegalArgumentException("license type listed twice: " + type.code());
            }
        }
        this.types = byCode;
    }

    /** The specification's catalog: weekly (7 days) and monthly (30 days). */
    public static LicenseTypeCatalog defaults() {
        return new LicenseTypeCatalog(List.of(LicenseType.weekly(), LicenseType.monthly()));
    }

    /** Every type, in display order. */
    public List<LicenseType> all() {
        return new ArrayList<>(types.values());
    }

    /** Every code, in display order. */
    public List<LicenseTypeCode> codes() {
        return new ArrayList<>(types.keySet());
    }

    /** The type with this code, if the catalog lists it. */
    public Optional<LicenseType> find(LicenseTypeCode code) {
        return Optional.ofNullable(types.get(code));
    }

    /** The type with this code, or {@link UnknownLicenseTypeException}. */
    public LicenseType require(LicenseTypeCode code) {
        LicenseType type = types.get(code);
        if (type == null) {
            throw new UnknownLicenseTypeException(code.value());
        }
        return type;
    }

    /** The type a person named by its code (any case, surrounding spaces ignored). */
    public LicenseType require(String code) {
        String normalized = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
        for (LicenseType type : types.values()) {
            if (type.code().value().equals(normalized)) {
                return type;
            }
        }
        throw new UnknownLicenseTypeException(code);
    }
}
