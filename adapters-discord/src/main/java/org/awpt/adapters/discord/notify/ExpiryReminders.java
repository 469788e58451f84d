package org.awpt.adapters.discord.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.components.buttons.Button;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.DirectMessagesClosedException;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.runtime.Rows;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.discord.text.SafeEmbed;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.ReminderLog;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds holders by direct message that their license expires soon, with a Renew button that
 * opens a purchase ticket. Each license is reminded once, also across restarts ({@link ReminderLog}).
 */
public final class ExpiryReminders {
    private static final Logger LOG = LoggerFactory.getLogger(ExpiryReminders.class);
    private static final int BATCH = 500;

    private final LicenseKeyRepository keys;
    private final ReminderLog log;
    private final DiscordOps ops;
    private final Messages messages;
    private final LicenseTypeCatalog types;
    private final Duration lead;
    private final Clock clock;

    /** Reminders {@code lead} before expiry. */
    public ExpiryReminders(LicenseKeyRepository keys, ReminderLog log, DiscordOps ops, Messages messages,
            LicenseTypeCatalog types, Duration lead, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.log = Objects.requireNonNull(log, "log");
        this.ops = Objects.requireNonNull(ops, "ops");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.types = Objects.requireNonNull(types, "types");
        this.lead = Objects.requireNonNull(lead, "lead");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (lead.isNegative() || lead.isZero()) {
            throw new IllegalArgumentException("a reminder lead time is positive");
        }
    }

    /**
     * Sends the reminders now due.
     *
     * @return how many were sent
     */
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (LicenseKey key : keys.expiringBetween(now, now.plus(lead), BATCH)) {
            if (key.holder() == null || !key.isActiveAt(now) || !log.markSent(key.code(), now)) {
                continue;
            }
            try {
                ops.sendDirect(key.holder(), reminder(key));
                sent++;
            } catch (DirectMessagesClosedException e) {
                LOG.info("expiry reminder of {} not sent: direct messages closed", key.code().masked());
            } catch (RuntimeException e) {
                LOG.warn("expiry reminder of {} not sent", key.code().masked(), e);
            }
        }
        return sent;
    }

    private Reply reminder(LicenseKey key) {
        String type = types.find(key.type()).map(t -> t.displayName()).orElse(key.type().value());
        return new Reply("", List.of(SafeEmbed.create().title(messages.get("reminder.title", "type", type))
                .description(messages.get("reminder.description", "type", type, "key", key.code().masked(),
                        "expiresAt", key.expiresAt()))
                .color(BuyerViews.BRAND).build()),
                Rows.of(List.of(Button.success(ComponentId.of(ComponentAction.RENEW, key.type().value()).encode(),
                        messages.get("reminder.button.renew"))), 1), List.of(), false);
    }
}
