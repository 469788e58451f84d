package org.awpt.bootstrap.config;

import java.util.Objects;

/** A secret value (a bot token): {@link #toString()} never shows it; only {@link #reveal()} does. */
public final class Secret {
    private final String value;

    /** Wraps a non-blank secret. */
    public Secret(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a secret is not blank");
        }
        this.value = value;
    }

    /** The secret itself, for the one place that must send it. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "********";
    }
}
