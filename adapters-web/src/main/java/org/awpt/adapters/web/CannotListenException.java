package org.awpt.adapters.web;

/** A listener could not start (the port is taken, the address is not this machine's); the message says which. */
public final class CannotListenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Names what could not be listened on. */
    public CannotListenException(String message, Throwable cause) {
        super(message, cause);
    }
}
