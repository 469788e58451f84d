package org.awpt.application.lifecycle;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.port.DeliveryFailedException;
import org.awpt.application.port.ExpiryReminderNotifier;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.LicensedRoleGateway;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;

/**
 * Expiry reminders and the licensed role over the key inventory and a {@link OnceRegistry}.
 * A reminder is marked before it is sent, so a crash can lose one but never send one twice; a
 * role holder is marked before the role is given, so no role is ever given that the sweeper does
 * not know to take back. Role changes are not audited (no audit action fits): they are logged.
 */
public final class LicenseLifecycleService implements LicenseLifecycleUseCase {
    /** The topic of reminders sent; subjects are digests of key codes, never the codes themselves. */
    static final String REMINDER_TOPIC = "expiry-reminder";
    /** The topic of users given the licensed role; subjects are Discord user ids. */
    static final String ROLE_TOPIC = "licensed-role";
    /** The most keys or role holders one page of a sweep looks at. */
    static final int BATCH = 200;

    private static final System.Logger LOG = System.getLogger(LicenseLifecycleService.class.getName());

    private final ShopSettings settings;
    private final LicenseKeyRepository keys;
    private final OnceRegistry once;
    private final ExpiryReminderNotifier reminders;
    private final Optional<LicensedRoleGateway> roles;
    private final Duration reminderLead;
    private final Clock clock;

    /**
     * A lifecycle over these ports.
     *
     * @param roles        the licensed role's gateway; empty when the shop has no licensed role
     * @param reminderLead how long before expiry holders are reminded; zero sends no reminders
     */
    public LicenseLifecycleService(ShopSettings settings, LicenseKeyRepository keys, OnceRegistry once,
            ExpiryReminderNotifier reminders, Optional<LicensedRoleGateway> roles, Duration reminderLead, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.once = Objects.requireNonNull(once, "once");
        this.reminders = Objects.requireNonNull(reminders, "reminders");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.reminderLead = Objects.requireNonNull(reminderLead, "reminderLead");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (reminderLead.isNegative()) {
            throw new IllegalArgumentException("a reminder lead time is not negative");
        }
    }

    @Override
    public int sendExpiryReminders() {
        if (reminderLead.isZero()) {
            return 0;
        }
        Instant now = clock.instant();
        return ExpiringKeys.each(keys, now, now.plus(reminderLead), key -> remind(key, now));
    }

    /** Reminds the key's holder unless that is not needed or was done; whether a reminder arrived. */
    private boolean remind(LicenseKey key, Instant now) {
        if (!key.isActiveAt(now) || key.holder() == null || renewed(key, now)) {
            return false;
        }
        String subject = reminderSubject(key.code());
        if (!once.markOnce(REMINDER_TOPIC, subject, now)) {
            return false;
        }
        try {
            reminders.remindExpiry(key, settings.types().require(key.type()));
            LOG.log(Level.INFO, "reminded " + key.holder() + " that key " + key.code() + " expires at "
                    + key.expiresAt());
            return true;
        } catch (DeliveryFailedException unreachable) {
            // The holder closed their messages: asking again would only collect refusals from Discord.
            LOG.log(Level.WARNING, "could not remind " + key.holder() + " that key " + key.code()
                    + " expires; not trying again: " + unreachable.getMessage());
            return false;
        } catch (RuntimeException unexpected) {
            // Passing trouble: forget the mark so the next sweep tries again while the key is active.
            once.unmark(REMINDER_TOPIC, subject);
            LOG.log(Level.ERROR, "reminding " + key.holder() + " that key " + key.code()
                    + " expires failed; trying again next sweep", unexpected);
            return false;
        }
    }

    /** Whether the holder already holds another active key that outlives this one. */
    private boolean renewed(LicenseKey key, Instant now) {
        return keys.heldBy(key.holder()).stream()
                .anyMatch(other -> !other.code().equals(key.code()) && other.isActiveAt(now)
                        && other.expiresAt().isAfter(key.expiresAt()));
    }

    /** The reminder's mark: a digest, so no full key is stored or logged beside the inventory. */
    static String reminderSubject(KeyCode code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.value().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform has SHA-256.
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public void licenseDelivered(LicenseKey key) {
        Objects.requireNonNull(key, "key");
        if (roles.isEmpty() || key.holder() == null || !key.isActiveAt(clock.instant())) {
            return;
        }
        grant(roles.get(), key.holder(), "delivery of key " + key.code());
    }

    @Override
    public void licenseExpired(LicenseKey key) {
        Objects.requireNonNull(key, "key");
        if (roles.isEmpty() || key.holder() == null || !once.isMarked(ROLE_TOPIC, key.holder().asString())) {
            return;
        }
        if (revokeIfInactive(roles.get(), key.holder().asString())) {
            LOG.log(Level.INFO, "the license of key " + key.code() + " ended at " + key.expiresAt());
        }
    }

    @Override
    public void memberJoined(DiscordUserId user) {
        Objects.requireNonNull(user, "user");
        if (roles.isPresent() && holdsActiveKey(user, clock.instant())) {
            grant(roles.get(), user, "rejoined the server");
        }
    }

    @Override
    public int revokeExpiredRoles() {
        if (roles.isEmpty()) {
            return 0;
        }
        LicensedRoleGateway gateway = roles.get();
        int revoked = 0;
        String after = null;
        List<String> page;
        do {
            page = once.subjects(ROLE_TOPIC, after, BATCH);
            for (String subject : page) {
                if (revokeIfInactive(gateway, subject)) {
                    revoked++;
                }
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1);
        } while (page.size() == BATCH);
        return revoked;
    }

    /** Takes the role from a marked holder without an active key; whether it was taken. */
    private boolean revokeIfInactive(LicensedRoleGateway gateway, String subject) {
        DiscordUserId user;
        try {
            user = DiscordUserId.parse(subject);
        } catch (RuntimeException corrupt) {
            LOG.log(Level.ERROR, "forgetting licensed-role mark that is no Discord user id: " + subject, corrupt);
            once.unmark(ROLE_TOPIC, subject);
            return false;
        }
        try {
            if (holdsActiveKey(user, clock.instant())) {
                return false;
            }
            gateway.revoke(user);
            // Unmarked only once revoked, so a failed revocation is tried again; looked at again after
            // unmarking, so a key delivered meanwhile gets its role back.
            once.unmark(ROLE_TOPIC, subject);
            LOG.log(Level.INFO, "took the licensed role from " + user + ": no active license");
            if (holdsActiveKey(user, clock.instant())) {
                grant(gateway, user, "a license delivered while the role was taken");
                return false;
            }
            return true;
        } catch (RuntimeException unexpected) {
            // One holder must not hold up the others; a holder still marked is tried again next sweep.
            LOG.log(Level.ERROR, "taking the licensed role from " + user + " failed", unexpected);
            return false;
        }
    }

    private boolean holdsActiveKey(DiscordUserId user, Instant now) {
        return keys.heldBy(user).stream().anyMatch(key -> key.isActiveAt(now));
    }

    /** Marks the holder first, so the sweeper always knows whom to take the role from again. */
    private void grant(LicensedRoleGateway gateway, DiscordUserId user, String why) {
        once.markOnce(ROLE_TOPIC, user.asString(), clock.instant());
        try {
            gateway.grant(user);
            LOG.log(Level.INFO, "gave the licensed role to " + user + ": " + why);
        } catch (RuntimeException unexpected) {
            // The role is a convenience: a failure must not undo a delivery. It is logged with context.
            LOG.log(Level.ERROR, "giving the licensed role to " + user + " failed (" + why + ")", unexpected);
        }
    }
}
