package org.awpt.application.port;

import java.time.Instant;
import java.util.List;

/**
 * Remembers that something happened once to a subject (a reminder sent, a role granted), so the
 * shop does it at most once, across restarts. A topic names the kind of thing; a subject is an
 * opaque, non-blank string within it. Marking is atomic: of any number of concurrent
 * {@link #markOnce} calls for one topic and subject, exactly one wins.
 */
public interface OnceRegistry {

    /**
     * Records that {@code subject} happened in {@code topic} at {@code at}, unless it already did.
     *
     * @return {@code true} the first time, {@code false} when it was already marked (nothing changes)
     */
    boolean markOnce(String topic, String subject, Instant at);

    /** Whether {@code subject} is marked in {@code topic}. */
    boolean isMarked(String topic, String subject);

    /** Forgets the mark, so the next {@link #markOnce} wins again; forgetting an unknown mark changes nothing. */
    void unmark(String topic, String subject);

    /**
     * The subjects marked in {@code topic}, in ascending order of their characters, for paging
     * through a topic.
     *
     * @param after only subjects after this one; {@code null} from the first
     * @param limit the most subjects to return; positive
     */
    List<String> subjects(String topic, String after, int limit);
}
