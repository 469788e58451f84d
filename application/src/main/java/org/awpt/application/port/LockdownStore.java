package org.awpt.application.port;

import java.util.List;
import java.util.Optional;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;

/** The lockdown switches, one per feature; a feature never switched is open. */
public interface LockdownStore {

    /** The switch of a feature, if it was ever switched. */
    Optional<Lockdown> find(Feature feature);

    /** Stores a switch, replacing the feature's previous one. */
    void save(Lockdown lockdown);

    /** Every switch ever switched. */
    List<Lockdown> all();
}
