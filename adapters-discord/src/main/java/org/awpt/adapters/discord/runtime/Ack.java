package org.awpt.adapters.discord.runtime;

/** How an interaction is acknowledged within Discord's 3 seconds, before any use case runs. */
public enum Ack {
    /** "Thinking…" seen only by the person; the answer replaces it. */
    REPLY_PRIVATE,
    /** "Thinking…" seen by the channel; the answer replaces it. */
    REPLY_PUBLIC,
    /** Nothing visible; the answer replaces the message the component belongs to. */
    EDIT
}
