package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * An interaction the stand-in sent to JDA, and what the bot did with it so far. Discord's rules apply:
 * one acknowledgement, the first within the acknowledgement deadline (3 s unless a test shortens it).
 *
 * <p>It keeps, on the monotonic clock ({@link System#nanoTime}), when it left for the bot and when the
 * bot's acknowledgement and answer reached the stand-in (as each request arrived, before the stand-in
 * parsed or checked it), for the latency benchmark.
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
    private long sentNanos;
    private long acknowledgedNanos;
    private long answeredNanos;
    private boolean answered;

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

    /**
     * From the moment the event left for the bot to the arrival of its acknowledgement (the first
     * interaction callback, whatever its type); empty while there is none.
     */
    public synchronized Optional<Duration> acknowledgedAfter() {
        return callbackType == null ? Optional.empty() : Optional.of(Duration.ofNanos(acknowledgedNanos - sentNanos));
    }

    /**
     * From the moment the event left for the bot to the arrival of the request that answered the person:
     * a reply, an updated message or a modal as the acknowledgement itself, else the first follow-up or
     * the edit that completed a deferral. Empty while the bot has not answered.
     */
    public synchronized Optional<Duration> answeredAfter() {
        return answered ? Optional.of(Duration.ofNanos(answeredNanos - sentNanos)) : Optional.empty();
    }

    /** Waits (bounded) on this interaction alone until the bot answered it; cheap with many waiting threads. */
    synchronized void awaitAnswered(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!answered) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Timed out after " + timeout + " waiting for the answer to " + this
                        + " (acknowledged: " + (callbackType != null) + ")");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for the answer to " + this, e);
            }
        }
    }

    synchronized void sent() {
        sentNanos = System.nanoTime();
    }

    private void answeredAt(long receivedNanos) {
        if (!answered) {
            answered = true;
            answeredNanos = receivedNanos;
            notifyAll();
        }
    }

    long ageNanos() {
        return System.nanoTime() - createdNanos;
    }

    /**
     * Records the first acknowledgement, whose request arrived at {@code receivedNanos}; false when there
     * already was one. See {@link #acknowledgementRecorded()}.
     */
    synchronized boolean acknowledge(int callback, long receivedNanos) {
        if (callbackType != null) {
            return false;
        }
        callbackType = callback;
        acknowledgedNanos = receivedNanos;
        return true;
    }

    /**
     * The acknowledgement's message or modal is recorded too: a reply (4), an update (7) or a modal (9)
     * answers the person, at the moment the acknowledgement arrived.
     */
    synchronized void acknowledgementRecorded() {
        if (callbackType != null && (callbackType == 4 || callbackType == 7 || callbackType == 9)) {
            answeredAt(acknowledgedNanos);
        }
    }

    synchronized boolean acknowledged() {
        return callbackType != null;
    }

    synchronized void original(Long messageId) {
        originalMessageId = messageId;
    }

    synchronized void followUp(long messageId, long receivedNanos) {
        followUps.add(messageId);
        answeredAt(receivedNanos);
    }

    synchronized void originalEdited(long receivedNanos) {
        originalEdited = true;
        if (callbackType != null && (callbackType == 5 || callbackType == 6)) {
            answeredAt(receivedNanos);
        }
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
