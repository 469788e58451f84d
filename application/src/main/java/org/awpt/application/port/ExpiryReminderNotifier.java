package org.awpt.application.port;

import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;

/** Reminds license holders that their license ends soon, with a way to renew it. */
public interface ExpiryReminderNotifier {

    /**
     * Tells the holder of {@code key} when it expires and how to renew it, without the key itself.
     *
     * @throws DeliveryFailedException when the holder cannot be reached (direct messages closed):
     *         the reminder is not tried again. Any other exception is taken as passing trouble, and
     *         the reminder is tried again on the next sweep.
     */
    void remindExpiry(LicenseKey key, LicenseType type);
}
