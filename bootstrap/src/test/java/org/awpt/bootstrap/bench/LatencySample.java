package org.awpt.bootstrap.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * One interaction as the Discord stand-in saw it: from the moment the event left for the bot to the
 * arrival of the bot's acknowledgement and of its answer.
 *
 * @param kind         what the person did
 * @param acknowledged until the acknowledgement (the first interaction callback)
 * @param answered     until the answer the person reads (a modal, a reply, or the deferral completed)
 * @param expected     whether the answer was the one the script expects (not an error message)
 */
public record LatencySample(InteractionKind kind, Duration acknowledged, Duration answered, boolean expected) {
    /** Checks every part is present and the answer did not come before the acknowledgement. */
    public LatencySample {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(acknowledged, "acknowledged");
        Objects.requireNonNull(answered, "answered");
        if (answered.compareTo(acknowledged) < 0) {
            throw new IllegalArgumentException("answered before acknowledged: " + acknowledged + " > " + answered);
        }
    }
}
