package org.awpt.bootstrap.config;

import java.util.Objects;

/**
 * One thing wrong with the configuration.
 *
 * @param path     where, as a JSON path such as {@code shop.prices.weekly.USD}
 * @param expected what is expected there (never the value found, which may be a secret)
 * @param source   the environment variable the value came from, or {@code null} for the file
 */
public record ConfigProblem(String path, String expected, String source) {
    /** Checks the parts are present. */
    public ConfigProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(expected, "expected");
    }

    @Override
    public String toString() {
        return path + (source == null ? "" : " (from " + source + ")") + ": " + expected;
    }
}
