package org.awpt.application.port;

import java.time.Instant;
import java.util.Objects;

/**
 * One mark of an {@link OnceRegistry}: {@code subject} happened in {@code topic} at {@code markedAt}.
 *
 * @param topic    the kind of thing
 * @param subject  what it happened to
 * @param markedAt when it was marked
 */
public record OnceMark(String topic, String subject, Instant markedAt) {
    /** Checks the parts: topic and subject are not blank. */
    public OnceMark {
        if (topic == null || topic.isBlank() || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a once-mark has a topic and a subject");
        }
        Objects.requireNonNull(markedAt, "markedAt");
    }
}
