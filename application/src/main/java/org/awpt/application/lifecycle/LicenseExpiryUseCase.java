package org.awpt.application.lifecycle;

/** Telling the shop that licenses ended, so its reactions (the licensed role) follow at once. */
public interface LicenseExpiryUseCase {

    /**
     * Sweeper: publishes {@link org.awpt.domain.event.LicenseExpired} once per sold key whose expiry
     * passed within the last {@link LicenseExpiryService#LOOKBACK} (so a stop of up to that long loses
     * no announcement), never twice, not even after a restart.
     *
     * @return how many expiries were announced this time
     */
    int announceExpiries();
}
