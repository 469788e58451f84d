package org.awpt.application.lockdown;

import java.util.Objects;
import java.util.Optional;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;

/**
 * A feature and whether it is locked now.
 *
 * @param feature    the feature
 * @param lastChange its switch as last set, or empty when it was never switched (open)
 */
public record FeatureState(Feature feature, Optional<Lockdown> lastChange) {
    /** Checks the feature is present. */
    public FeatureState {
        Objects.requireNonNull(feature, "feature");
        lastChange = lastChange == null ? Optional.empty() : lastChange;
    }

    /** Whether the feature is locked now. */
    public boolean locked() {
        return lastChange.map(Lockdown::locked).orElse(false);
    }
}
