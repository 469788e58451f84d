package org.awpt.domain;

import java.util.Map;

/** A state machine (license key, payment session, key request) refused a move from its current state. */
public final class IllegalTransitionException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the subject, the state it is in and the move that was refused. */
    public IllegalTransitionException(String subject, String state, String move) {
        super("illegal_transition", subject + " is " + state + ": cannot " + move,
                Map.of("subject", subject, "state", state, "move", move));
    }

    /** The state the subject was in. */
    public String state() {
        return (String) details().get("state");
    }
}
