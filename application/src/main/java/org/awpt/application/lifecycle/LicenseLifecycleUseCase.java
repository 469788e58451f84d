package org.awpt.application.lifecycle;

import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.LicenseKey;

/** Reminders before a license expires and the licensed role while one is active. */
public interface LicenseLifecycleUseCase {

    /**
     * Sweeper: reminds, once per key and never again (not even after a restart), the holders of
     * active keys that expire within the reminder lead time. Holders who already renewed, revoked
     * keys and expired keys get nothing; a holder who cannot be reached is not asked again.
     *
     * @return how many reminders arrived
     */
    int sendExpiryReminders();

    /** Gives the holder of a freshly delivered, active key the licensed role, when the shop has one. */
    void licenseDelivered(LicenseKey key);

    /**
     * Takes the licensed role from the holder of a key whose license ended, unless they hold another
     * active key; only from a holder the shop gave the role to. Nothing happens when the shop has none.
     */
    void licenseExpired(LicenseKey key);

    /**
     * Sweeper: takes the licensed role from every holder who no longer holds an active key
     * (their keys expired or were revoked).
     *
     * @return how many holders lost the role
     */
    int revokeExpiredRoles();

    /** Gives a member who (re)joined the server the licensed role back if they hold an active key. */
    void memberJoined(DiscordUserId user);
}
