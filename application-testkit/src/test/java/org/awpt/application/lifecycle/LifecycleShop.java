package org.awpt.application.lifecycle;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.fake.InMemoryLicenseKeyRepository;
import org.awpt.application.fake.InMemoryOnceRegistry;
import org.awpt.application.fake.MutableClock;
import org.awpt.application.fake.RecordingExpiryReminderNotifier;
import org.awpt.application.fake.RecordingLicensedRoleGateway;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.LicensedRoleGateway;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;

/** A shop's license lifecycle over in-memory fakes; {@link #restarted()} builds a new service over the same stores. */
final class LifecycleShop {
    static final DiscordUserId ADMIN = new DiscordUserId(1_000);
    static final DiscordUserId BUYER = new DiscordUserId(2_000);
    static final DiscordUserId OTHER_BUYER = new DiscordUserId(2_001);
    static final Duration LEAD = Duration.ofDays(2);

    final MutableClock clock = new MutableClock();
    final ShopSettings settings = ExampleShop.settings(new AccessPolicy(Set.of(ADMIN), Set.of(), Set.of(), Set.of()));
    final InMemoryLicenseKeyRepository keys = new InMemoryLicenseKeyRepository();
    final InMemoryOnceRegistry once = new InMemoryOnceRegistry();
    final RecordingExpiryReminderNotifier reminders = new RecordingExpiryReminderNotifier();
    final RecordingLicensedRoleGateway roles = new RecordingLicensedRoleGateway();
    private final AtomicInteger nextKey = new AtomicInteger();
    private final Optional<LicensedRoleGateway> configuredRole;
    LicenseLifecycleService lifecycle;

    /** A shop with a licensed role and two-day reminders. */
    LifecycleShop() {
        this(true);
    }

    /** A shop with two-day reminders, with or without a licensed role. */
    LifecycleShop(boolean withRole) {
        this(withRole, null);
    }

    /** A shop whose role changes go through {@code gateway} (a licensed role is configured). */
    LifecycleShop(LicensedRoleGateway gateway) {
        this(true, gateway);
    }

    private LifecycleShop(boolean withRole, LicensedRoleGateway gateway) {
        configuredRole = withRole ? Optional.of(gateway == null ? roles : gateway) : Optional.empty();
        lifecycle = newService(LEAD);
    }

    /** A new service over the same stores, as after a process restart. */
    LicenseLifecycleService restarted() {
        lifecycle = newService(LEAD);
        return lifecycle;
    }

    /** A service over the same stores with another reminder lead time. */
    LicenseLifecycleService newService(Duration lead) {
        return new LicenseLifecycleService(settings, keys, once, reminders, configuredRole, lead, clock);
    }

    /** Sells a fresh weekly key to {@code buyer} now. */
    LicenseKey sell(DiscordUserId buyer) {
        return sell(buyer, LicenseTypeCode.WEEKLY);
    }

    /** Sells a fresh key of a type to {@code buyer} now. */
    LicenseKey sell(DiscordUserId buyer, LicenseTypeCode type) {
        int n = nextKey.getAndIncrement();
        keys.insertAll(java.util.List.of(TestKeys.inStock(n, type, clock.instant())));
        return keys.claim(new ClaimOrder(new OrderId("order-" + n), settings.types().require(type), buyer, null,
                "ticket-" + n), clock.instant()).orElseThrow();
    }

    /** Revokes a key now. */
    LicenseKey revoke(LicenseKey key) {
        return keys.revoke(key.code(), ADMIN, "refund", clock.instant()).orElseThrow();
    }
}
