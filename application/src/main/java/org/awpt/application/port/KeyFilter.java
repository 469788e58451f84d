package org.awpt.application.port;

import java.util.Optional;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * Which keys to list: of one type or all, of one status or all.
 *
 * @param type   the type, or empty for all
 * @param status the status, or empty for all
 */
public record KeyFilter(Optional<LicenseTypeCode> type, Optional<KeyStatus> status) {
    /** Every key. */
    public static final KeyFilter ALL = new KeyFilter(Optional.empty(), Optional.empty());

    /** Replaces missing parts by empty. */
    public KeyFilter {
        type = type == null ? Optional.empty() : type;
        status = status == null ? Optional.empty() : status;
    }

    /** A filter from nullable parts. */
    public static KeyFilter of(LicenseTypeCode type, KeyStatus status) {
        return new KeyFilter(Optional.ofNullable(type), Optional.ofNullable(status));
    }

    /** Whether a key matches. */
    public boolean matches(LicenseKey key) {
        return type.map(key.type()::equals).orElse(true) && status.map(s -> s == key.status()).orElse(true);
    }
}
