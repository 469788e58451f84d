package org.awpt.domain;

import java.util.Map;
import java.util.Objects;

/**
 * An expected refusal of the shop (out of stock, not authorized, already licensed...).
 *
 * <p>{@link #code()} is stable and names the message a person is shown; {@link #details()} holds
 * the values that message needs. The exception message is for logs and never holds secrets.
 */
public class ShopException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Stable machine-readable code, part of the serial form. */
    private final String code;
    private final transient Map<String, Object> details;

    /** Creates a refusal with a stable code, a log message and the values a person's message needs. */
    public ShopException(String code, String message, Map<String, Object> details) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.details = Map.copyOf(details);
    }

    /** Stable identifier of the refusal, such as {@code out_of_stock}; also the message bundle key. */
    public String code() {
        return code;
    }

    /** Values for the person's message, such as the license type or the time to retry. */
    public Map<String, Object> details() {
        return details;
    }
}
