package org.awpt.domain;

import java.util.Map;

/** The person asking may not do this (not an admin, not the session's buyer...). */
public final class NotAuthorizedException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names who asked and what they may not do. */
    public NotAuthorizedException(ActorId who, String action) {
        super("not_authorized", who + " may not " + action, Map.of("user", String.valueOf(who), "action", action));
    }

    /** What the person may not do. */
    public String action() {
        return (String) details().get("action");
    }
}
