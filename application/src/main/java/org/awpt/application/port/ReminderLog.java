package org.awpt.application.port;

import java.time.Instant;
import java.util.Optional;
import org.awpt.domain.license.KeyCode;

/** Which expiry reminders were sent, kept across restarts so each license is reminded once. */
public interface ReminderLog {

    /**
     * Claims the reminder of a key, atomically.
     *
     * @return {@code true} for the one caller that claimed it; {@code false} when it was claimed before
     */
    boolean markSent(KeyCode key, Instant at);

    /** When the reminder of a key was claimed, if it was. */
    Optional<Instant> sentAt(KeyCode key);
}
