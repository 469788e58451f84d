package org.awpt.domain.request;

import java.util.regex.Pattern;

/**
 * The id of a support key request.
 *
 * @param value 8 to 64 of {@code [A-Za-z0-9_-]}
 */
public record RequestId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    /** Checks the form. */
    public RequestId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a request id is 8-64 of [A-Za-z0-9_-]");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
