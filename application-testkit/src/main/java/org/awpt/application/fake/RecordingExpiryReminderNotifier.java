package org.awpt.application.fake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awpt.application.port.DeliveryFailedException;
import org.awpt.application.port.ExpiryReminderNotifier;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;

/**
 * Records the expiry reminders sent; thread-safe. By default every reminder arrives;
 * {@link #closeDirectMessages()} makes them fail with {@link DeliveryFailedException}, and
 * {@link #breakNext(int)} makes the next few fail with an unexpected error.
 */
public final class RecordingExpiryReminderNotifier implements ExpiryReminderNotifier {
    private final List<Reminder> reminders = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger breaksToCome = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();

    @Override
    public void remindExpiry(LicenseKey key, LicenseType type) {
        attempts.incrementAndGet();
        if (breaksToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("scripted outage");
        }
        if (closed.get()) {
            throw new DeliveryFailedException("direct messages closed", null);
        }
        reminders.add(new Reminder(key, type));
    }

    /** Reminders fail from now on, as to a holder who closed their direct messages. */
    public RecordingExpiryReminderNotifier closeDirectMessages() {
        closed.set(true);
        return this;
    }

    /** Reminders arrive again. */
    public RecordingExpiryReminderNotifier reopen() {
        closed.set(false);
        return this;
    }

    /** The next {@code count} reminders fail with an unexpected error (an outage), then they work as before. */
    public RecordingExpiryReminderNotifier breakNext(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a failure count is 0 or more");
        }
        breaksToCome.set(count);
        return this;
    }

    /** Every reminder that arrived, in order. */
    public List<Reminder> reminders() {
        return List.copyOf(reminders);
    }

    /** The codes of the keys whose holders were reminded, in order. */
    public List<KeyCode> remindedCodes() {
        return reminders.stream().map(r -> r.key().code()).toList();
    }

    /** How many reminders were tried, arrived or not. */
    public int attempts() {
        return attempts.get();
    }

    /**
     * One reminder that arrived.
     *
     * @param key  the key that expires soon
     * @param type its license type
     */
    public record Reminder(LicenseKey key, LicenseType type) {
    }
}
