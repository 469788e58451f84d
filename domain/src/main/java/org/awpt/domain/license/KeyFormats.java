package org.awpt.domain.license;

import java.util.Map;
import java.util.Objects;

/**
 * The key format of each license type; a type without one of its own takes {@link KeyFormat#original()}.
 *
 * @param byType the formats configured per type
 */
public record KeyFormats(Map<LicenseTypeCode, KeyFormat> byType) {
    /** Copies the map. */
    public KeyFormats {
        byType = Map.copyOf(Objects.requireNonNull(byType, "byType"));
    }

    /** Every type in the original bot's format. */
    public static KeyFormats defaults() {
        return new KeyFormats(Map.of());
    }

    /** The format of a type's keys. */
    public KeyFormat of(LicenseTypeCode type) {
        return byType.getOrDefault(Objects.requireNonNull(type, "type"), KeyFormat.original());
    }

    /** Whether a type has a format of its own rather than the original one. */
    public boolean isConfigured(LicenseTypeCode type) {
        return byType.containsKey(type);
    }
}
