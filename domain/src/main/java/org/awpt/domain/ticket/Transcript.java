package org.awpt.domain.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What was written in a ticket channel, oldest first, for the record kept when it closes.
 *
 * @param channelId the ticket channel
 * @param lines     its messages, oldest first
 * @param complete  false when the channel held more messages than were collected (the oldest are missing)
 */
public record Transcript(String channelId, List<Line> lines, boolean complete) {
    /** Copies the lines. */
    public Transcript {
        Objects.requireNonNull(channelId, "channelId");
        lines = List.copyOf(lines);
    }

    /** A transcript of nothing (the channel could not be read). */
    public static Transcript unavailable(String channelId) {
        return new Transcript(channelId, List.of(), false);
    }

    /**
     * One message.
     *
     * @param authorId    the author's user id
     * @param authorName  the author's name as shown then
     * @param at          when it was posted
     * @param text        its text (and the text of its embeds), may be empty
     * @param attachments links to the files attached to it
     */
    public record Line(String authorId, String authorName, Instant at, String text, List<Attachment> attachments) {
        /** Copies the attachments; text may be empty, never null. */
        public Line {
            Objects.requireNonNull(authorId, "authorId");
            Objects.requireNonNull(authorName, "authorName");
            Objects.requireNonNull(at, "at");
            text = text == null ? "" : text;
            attachments = List.copyOf(attachments);
        }
    }

    /**
     * A file attached to a message.
     *
     * @param fileName its name
     * @param url      where Discord serves it
     */
    public record Attachment(String fileName, String url) {
        /** Checks the parts are present. */
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(url, "url");
        }
    }
}
