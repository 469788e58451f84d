package org.awpt.domain.importing;

import java.util.Objects;
import org.awpt.domain.license.KeyCode;

/**
 * A key read from a file, with its 1-based line number.
 *
 * @param line the line number
 * @param code the key
 */
public record NumberedKey(int line, KeyCode code) {
    /** Checks the line is positive and the code present. */
    public NumberedKey {
        if (line <= 0) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
        Objects.requireNonNull(code, "code");
    }
}
