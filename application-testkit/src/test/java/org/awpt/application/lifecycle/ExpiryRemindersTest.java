package org.awpt.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.application.lifecycle.LifecycleShop.BUYER;
import static org.awpt.application.lifecycle.LifecycleShop.OTHER_BUYER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;

class ExpiryRemindersTest {
    private final LifecycleShop shop = new LifecycleShop();

    @Test
    void aKeyExpiringWithinTheLeadIsRemindedOnce() {
        LicenseKey soon = shop.sell(BUYER);
        LicenseKey later = shop.sell(OTHER_BUYER, LicenseTypeCode.MONTHLY);
        shop.clock.advance(Duration.ofDays(5).plusHours(1));

        assertThat(shop.lifecycle.sendExpiryReminders()).isEqualTo(1);
        assertThat(shop.lifecycle.sendExpiryReminders()).isZero();
        shop.clock.advance(Duration.ofHours(20));
        assertThat(shop.lifecycle.sendExpiryReminders()).isZero();

        assertThat(shop.reminders.remindedCodes()).containsExactly(soon.code());
        assertThat(shop.reminders.reminders().get(0).type().code()).isEqualTo(LicenseTypeCode.WEEKLY);
        assertThat(shop.reminders.reminders().get(0).key().expiresAt()).isEqualTo(soon.expiresAt());
        assertThat(later.expiresAt()).isAfter(shop.clock.instant().plus(LifecycleShop.LEAD));
    }

    @Test
    void aKeyIsNotRemindedBeforeItsLeadTime() {
        shop.sell(BUYER);
        shop.clock.advance(Duration.ofDays(5));

        // The window ends before now + lead: the key expires exactly then, so it waits for the next sweep.
        assertThat(shop.lifecycle.sendExpiryReminders()).isZero();

        shop.clock.advance(Duration.ofSeconds(1));
        assertThat(shop.lifecycle.sendExpiryReminders()).isEqualTo(1);
    }

    @Test
    void revokedAndExpiredKeysAreNeverReminded() {
        LicenseKey revoked = shop.sell(BUYER);
        shop.revoke(revoked);
        shop.sell(OTHER_BUYER);
        shop.clock.advance(Duration.ofDays(7));

        assertThat(shop.lifecycle.sendExpiryReminders()).isZero();
        assertThat(shop.reminders.attempts()).isZero();
    }

    @Test
    void remindersSurviveARestart() {
        LicenseKey key = shop.sell(BUYER);
        shop.clock.advance(Duration.ofDays(6));
        assertThat(shop.lifecycle.sendExpiryReminders()).isEqualTo(1);

        LicenseLifecycleService restarted = shop.restarted();

        assertThat(restarted.sendExpiryReminders()).isZero();
        assertThat(shop.reminders.remindedCodes()).containsExactly(key.code());
    }

    @Test
    void aHolderWithClosedDirectMessagesIsNotAskedAgain() {
        shop.sell(BUYER);
        shop.clock.advance(Duration.ofDays(6));
        shop.reminders.closeDirectMessages();

        assertThat(shop.lifecycle.sendExpiryReminders()).isZero();
        shop.clock.advance(Duration.ofHours(1));
        assertThat(shop.lifecycle.sendExpiryReminders()).isZero();
        shop.reminders.reopen();
        assertThat(shop.restarted().sendExpiryReminders()).isZero();

        assertThat(shop.reminders.attempts()).isEqualTo(1);
        assertThat(shop.reminders.reminders()).isEmpty();
    }

    @Test
    void aPassingOutageIsTriedAgainOnTheNextSweep() {
        LicenseKey first = shop.sell(BUYER);
        shop.clock.advance(Duration.ofSeconds(1));
        LicenseKey second = shop.sell(OTHER_BUYER);
        shop.clock.advance(Duration.ofDays(6));
        shop.reminders.breakNext(1);

        assertThat(shop.lifecycle.sendExpiryReminders()).isEqualTo(1);
        assertThat(shop.lifecycle.sendExpiryReminders()).isEqualTo(1);
        assertThat(shop.lifecycle.sendExpiryReminders()).isZero();

        assertThat(shop.reminders.remindedCodes()).containsExactly(second.code(), first.code());
        assertThat(shop.reminders.attempts()).isEqualTo(3);
    }

    @Test
    void aHolderWhoAlreadyRenewedIsNotReminded() {
        shop.sell(BUYER);
        shop.clock.advance(Duration.ofDays(5).plusHours(12));
        LicenseKey renewal = shop.sell(BUYER);

        assertThat(shop.lifecycle.sendExpiryReminders()).isZero();

        shop.clock.advance(Duration.ofDays(6));
        assertThat(shop.lifecycle.sendExpiryReminders()).isEqualTo(1);
        assertThat(shop.reminders.remindedCodes()).containsExactly(renewal.code());
    }

    @Test
    void aRevokedRenewalDoesNotSilenceTheReminderOfTheKeyStillActive() {
        LicenseKey first = shop.sell(BUYER);
        shop.clock.advance(Duration.ofDays(5).plusHours(12));
        shop.revoke(shop.sell(BUYER));

        assertThat(shop.lifecycle.sendExpiryReminders()).isEqualTo(1);
        assertThat(shop.reminders.remindedCodes()).containsExactly(first.code());
    }

    @Test
    void moreKeysThanOneBatchAreEachRemindedOnce() {
        int count = LicenseLifecycleService.BATCH * 2 + 50;
        List<KeyCode> sold = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sold.add(shop.sell(new DiscordUserId(10_000L + i)).code());
            shop.clock.advance(Duration.ofSeconds(1));
        }
        shop.clock.advance(Duration.ofDays(6));

        assertThat(shop.lifecycle.sendExpiryReminders()).isEqualTo(count);
        assertThat(shop.lifecycle.sendExpiryReminders()).isZero();

        assertThat(shop.reminders.remindedCodes()).hasSize(count).containsExactlyInAnyOrderElementsOf(sold);
    }

    @Test
    void marksNameNoFullKey() {
        LicenseKey key = shop.sell(BUYER);
        shop.clock.advance(Duration.ofDays(6));
        shop.lifecycle.sendExpiryReminders();

        List<String> marks = shop.once.subjects(LicenseLifecycleService.REMINDER_TOPIC, null, 10);
        assertThat(marks).containsExactly(LicenseLifecycleService.reminderSubject(key.code()));
        assertThat(marks.get(0)).hasSize(64).doesNotContain(key.code().value());
        assertThat(LicenseLifecycleService.reminderSubject(shop.sell(BUYER).code())).isNotEqualTo(marks.get(0));
    }

    @Test
    void aZeroLeadSendsNoReminders() {
        shop.sell(BUYER);
        shop.clock.advance(Duration.ofDays(6).plusHours(23));

        assertThat(shop.newService(Duration.ZERO).sendExpiryReminders()).isZero();
        assertThat(shop.reminders.attempts()).isZero();
    }

    @Test
    void aNegativeLeadOrAMissingPartIsRefused() {
        assertThatThrownBy(() -> shop.newService(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LicenseLifecycleService(shop.settings, shop.keys, shop.once, shop.reminders,
                null, Duration.ZERO, shop.clock)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new LicenseLifecycleService(shop.settings, shop.keys, shop.once, shop.reminders,
                Optional.empty(), null, shop.clock)).isInstanceOf(NullPointerException.class);
    }
}
