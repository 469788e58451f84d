package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * An interaction the stand-in sent to JDA, and what the bot did with it so far. Discord's rules apply:
 * one acknowledgement, the first within the acknowledgement deadline (3 s unless a test shortens it).
 */
public final class InjectedInteraction {

    private final long id;
    private final String token;
    private final int type;
    private final long channelId;
    private final StandInUser user;
    private final Long messageId;
    private final long createdNanos = System.nanoTime();
    private Integer callbackType;
    private Long originalMessageId;
    private JsonNode modal;
    private final java.util.List<Long> followUps = new java.util.ArrayList<>();
    private boolean originalEdited;

    InjectedInteraction(long id, String token, int type, long channelId, StandInUser user, Long messageId) {
        this.id = id;
        this.token = token;
        this.type = type;
        this.channelId = channelId;
        this.user = user;
        this.messageId = messageId;
    }

    /** The interaction id (a snowflake of its creation time). */
    public long id() {
        return id;
    }

    /** The interaction token used in callback and webhook routes. */
    public String token() {
        return token;
    }

    /** Discord's interaction type: 2 command, 3 component, 5 modal submit. */
    public int type() {
        return type;
    }

    /** The channel it happened in. */
    public long channelId() {
        return channelId;
    }

    /** The person who used it. */
    public StandInUser user() {
        return user;
    }

    /** The callback type the bot acknowledged with (4 reply, 5 defer, 6 defer update, 7 update, 9 modal). */
    public synchronized Optional<Integer> callbackType() {
        return Optional.ofNullable(callbackType);
    }

    /** The modal the bot opened in answer, if it did. */
    public synchronized Optional<JsonNode> modal() {
        return Optional.ofNullable(modal);
    }

    /** The message the bot's first response created or updated, if any. */
    public synchronized Optional<Long> originalMessageId() {
        return Optional.ofNullable(originalMessageId);
    }

    Optional<Long> clickedMessageId() {
        return Optional.ofNullable(messageId);
    }

    long ageNanos() {
        return System.nanoTime() - createdNanos;
    }

    /** Records the first acknowledgement; false when there already was one. */
    synchronized boolean acknowledge(int callback) {
        if (callbackType != null) {
            return false;
        }
        callbackType = callback;
        return true;
    }

    synchronized boolean acknowledged() {
        return callbackType != null;
    }

    synchronized void original(Long messageId) {
        originalMessageId = messageId;
    }

    synchronized void followUp(long messageId) {
        followUps.add(messageId);
    }

    synchronized void originalEdited() {
        originalEdited = true;
    }

    /**
     * The message that answers the person now: the last follow-up, else the original response once it
     * is more than a deferral; empty while the bot has not answered yet.
     */
    synchronized Optional<Long> answerMessageId() {
        if (!followUps.isEmpty()) {
            return Optional.of(followUps.get(followUps.size() - 1));
        }
        if (callbackType == null) {
            return Optional.empty();
        }
        boolean answered = switch (callbackType) {
            case 4, 7 -> true;
            case 5, 6 -> originalEdited;
            default -> false;
        };
        return answered ? Optional.ofNullable(originalMessageId) : Optional.empty();
    }

    synchronized void modal(JsonNode data) {
        modal = data.deepCopy();
    }

    @Override
    public String toString() {
        return "Interaction[" + id + ", type " + type + ", by " + user.username() + "]";
    }
}
