package org.awpt.domain.payment;

import java.util.regex.Pattern;

/**
 * The unguessable id of a manual payment session (from an injected id source, never
 * {@code userId_timestamp}).
 *
 * @param value 16 to 64 of {@code [A-Za-z0-9_-]}
 */
public record SessionId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    /** Checks the form. */
    public SessionId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a session id is 16-64 of [A-Za-z0-9_-]");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
