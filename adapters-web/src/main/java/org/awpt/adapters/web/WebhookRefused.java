package org.awpt.adapters.web;

import java.util.Objects;

/** A webhook refused before it reaches the application: its HTTP status and a short public reason. */
public final class WebhookRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, as the outcome counted in the metrics. */
    public enum Kind {
        /** Missing or wrong signature, or a timestamp outside the window: 401. */
        UNAUTHORIZED(401),
        /** Signed, but not an event or shape the shop handles: 400 (admins are told once). */
        UNREADABLE(400),
        /** A body over the cap: 413. */
        TOO_LARGE(413);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** The HTTP status answered. */
        public int status() {
            return status;
        }
    }

    private final Kind kind;

    /** A refusal of this kind with a short reason (sent back, so never a secret). */
    public WebhookRefused(Kind kind, String reason) {
        super(reason);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** Why. */
    public Kind kind() {
        return kind;
    }

    /** A missing or wrong signature. */
    static WebhookRefused badSignature() {
        return new WebhookRefused(Kind.UNAUTHORIZED, "bad or missing signature");
    }
}
