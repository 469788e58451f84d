package org.awpt.application.fake;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.awpt.application.port.ReminderLog;
import org.awpt.domain.license.KeyCode;

/** Sent reminders in memory; thread-safe. */
public final class InMemoryReminderLog implements ReminderLog {
    private final ConcurrentMap<KeyCode, Instant> sent = new ConcurrentHashMap<>();

    @Override
    public boolean markSent(KeyCode key, Instant at) {
        Objects.requireNonNull(at, "at");
        return sent.putIfAbsent(Objects.requireNonNull(key, "key"), at) == null;
    }

    @Override
    public Optional<Instant> sentAt(KeyCode key) {
        return Optional.ofNullable(sent.get(key));
    }
}
