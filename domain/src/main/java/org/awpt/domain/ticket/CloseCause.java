package org.awpt.domain.ticket;

import java.util.Locale;

/** Why a purchase ticket closed. */
public enum CloseCause {
    /** Its buyer or support staff pressed Close. */
    BY_HAND,
    /** Its purchase was delivered some time ago. */
    DELIVERED,
    /** Nobody wrote in it for too long, after a warning. */
    IDLE;

    /** The stored name, lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
