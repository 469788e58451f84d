package org.awpt.application.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.OnceRegistry;
import org.awpt.domain.event.LicenseExpired;

/**
 * Announces ended licenses as {@link LicenseExpired} events over the key inventory and a
 * {@link OnceRegistry}. An expiry is marked before it is published, so a crash can lose an
 * announcement but never make one twice; the licensed-role round
 * ({@link LicenseLifecycleUseCase#revokeExpiredRoles}) still takes the role from any holder a lost
 * announcement left behind.
 */
public final class LicenseExpiryService implements LicenseExpiryUseCase {
    /** How far back expiries are still announced: a shop stopped longer announces only the last week's. */
    public static final Duration LOOKBACK = Duration.ofDays(7);
    /** The topic of expiries announced; subjects are digests of key codes, never the codes themselves. */
    static final String EXPIRED_TOPIC = "license-expired";

    private final LicenseKeyRepository keys;
    private final OnceRegistry once;
    private final ShopEvents events;
    private final Clock clock;

    /** Announcements of the expiries of these keys, published to {@code events}. */
    public LicenseExpiryService(LicenseKeyRepository keys, OnceRegistry once, ShopEvents events, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.once = Objects.requireNonNull(once, "once");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int announceExpiries() {
        Instant now = clock.instant();
        // A key is active until its expiry, excluded: the window takes in an expiry of this very
        // millisecond (the unit every store keeps), and a key still active is left for the next round.
        return ExpiringKeys.each(keys, now.minus(LOOKBACK), now.plusMillis(1), key -> !key.isActiveAt(now)
                && key.holder() != null
                && once.markOnce(EXPIRED_TOPIC, LicenseLifecycleService.reminderSubject(key.code()), now)
                && published(new LicenseExpired(key)));
    }

    private boolean published(LicenseExpired expired) {
        events.publish(expired);
        return true;
    }
}
