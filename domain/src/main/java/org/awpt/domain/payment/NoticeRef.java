package org.awpt.domain.payment;

/**
 * Where a message about a session was posted (the ticket, each admin's copy), so that every copy
 * can show the outcome later, also after a restart.
 *
 * @param channelId the channel (or direct message channel) id
 * @param messageId the message id
 */
public record NoticeRef(String channelId, String messageId) {
    /** Checks both ids are present. */
    public NoticeRef {
        if (channelId == null || channelId.isBlank() || messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("a notice names its channel and message");
        }
    }
}
