package org.awpt.domain.license;

import java.time.Duration;
import java.util.Objects;

/**
 * A kind of license the shop sells: its code, the name buyers see, and how long a key stays valid
 * once delivered.
 *
 * @param code        stored with every key of this type
 * @param displayName shown to buyers, such as {@code Weekly}
 * @param validity    how long a delivered key is valid; positive
 */
public record LicenseType(LicenseTypeCode code, String displayName, Duration validity) {
    /** Checks every part is present and the validity positive. */
    public LicenseType {
        Objects.requireNonNull(code, "code");
        if (displayName == null || displayName.isBlank() || displayName.length() > 64) {
            throw new IllegalArgumentException("a display name is 1-64 characters");
        }
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("a validity is positive");
        }
    }

    /** The weekly license: 7 days. */
    public static LicenseType weekly() {
        return new LicenseType(LicenseTypeCode.WEEKLY, "Weekly", Duration.ofDays(7));
    }

    /** The monthly license: 30 days. */
    public static LicenseType monthly() {
        return new LicenseType(LicenseTypeCode.MONTHLY, "Monthly", Duration.ofDays(30));
    }
}
