package org.awpt.adapters.web;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * One thing that must be up for AWPT to be ready, such as the database or the Discord connection.
 *
 * @param name  shown in {@code /healthz}
 * @param ready whether it is up now; a check that throws counts as down
 */
public record ReadinessCheck(String name, BooleanSupplier ready) {
    /** Checks the parts are present. */
    public ReadinessCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ready, "ready");
    }

    /** Whether it is up; a failing check is down, not an error. */
    public boolean isReady() {
        try {
            return ready.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
