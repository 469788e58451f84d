package org.awpt.application.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.domain.license.LicenseKey;

/** Pages through the used keys expiring in a window, soonest first, in pages of {@link #BATCH}. */
final class ExpiringKeys {
    /** The most keys one page looks at. */
    static final int BATCH = LicenseLifecycleService.BATCH;

    private ExpiringKeys() {
    }

    /**
     * Hands every key expiring in {@code [from, to)} to {@code handle}; how many it took (answered true).
     * Keys handled before stay in the window, so pages go on by expiry, not by offset; only a full page
     * of keys expiring at one instant is stepped over (one nanosecond on).
     */
    static int each(LicenseKeyRepository keys, Instant from, Instant to, Predicate<LicenseKey> handle) {
        int taken = 0;
        Instant start = from;
        while (true) {
            List<LicenseKey> page = keys.expiringBetween(start, to, BATCH);
            for (LicenseKey key : page) {
                if (handle.test(key)) {
                    taken++;
                }
            }
            if (page.size() < BATCH) {
                return taken;
            }
            Instant last = page.get(page.size() - 1).expiresAt();
            start = last.isAfter(start) ? last : start.plusNanos(1);
        }
    }
}
