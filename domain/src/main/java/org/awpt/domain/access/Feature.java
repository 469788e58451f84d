package org.awpt.domain.access;

import java.util.regex.Pattern;

/**
 * Something admins can lock down: a payment method (by its code), key requests, or imports.
 *
 * @param code lower-case letters, digits or {@code _}, 1 to 32 characters
 */
public record Feature(String code) {
    private static final Pattern FORM = Pattern.compile("[a-z0-9_]{1,32}");

    /** Support key requests. */
    public static final Feature KEY_REQUESTS = new Feature("key_requests");
    /** Key imports. */
    public static final Feature IMPORTS = new Feature("imports");

    /** Checks the form. */
    public Feature {
        if (code == null || !FORM.matcher(code).matches()) {
            throw new IllegalArgumentException("a feature code is 1-32 of [a-z0-9_]: " + code);
        }
    }

    /** The feature of paying with a method. */
    public static Feature paymentMethod(String methodCode) {
        return new Feature(methodCode);
    }

    @Override
    public String toString() {
        return code;
    }
}
