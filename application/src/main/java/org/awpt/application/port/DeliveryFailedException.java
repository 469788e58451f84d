package org.awpt.application.port;

/** A notifier could not reach the person this time; the delivery stays pending and is retried. */
public final class DeliveryFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Says why (without any key). */
    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
