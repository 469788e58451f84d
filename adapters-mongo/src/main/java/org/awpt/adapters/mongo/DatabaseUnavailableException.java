package org.awpt.adapters.mongo;

/** The database could not be reached or prepared at start-up; the message names it (without password) and what to check. */
public final class DatabaseUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Says which database and why. */
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
