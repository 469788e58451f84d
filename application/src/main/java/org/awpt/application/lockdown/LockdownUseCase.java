package org.awpt.application.lockdown;

import java.util.List;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;
import org.awpt.domain.access.Requester;

/** Switching features off and on, and asking whether one is open. */
public interface LockdownUseCase {

    /**
     * An admin locks or unlocks a feature.
     *
     * @return the switch as stored
     * @throws org.awpt.domain.NotAuthorizedException unless an admin asks
     * @throws org.awpt.domain.InvalidInputException  for a feature the shop does not have, or a reason over 500 characters
     */
    Lockdown set(SetLockdown command);

    /**
     * Every feature of the shop (each payment method, key requests, imports) with its state.
     *
     * @throws org.awpt.domain.NotAuthorizedException unless an admin asks
     */
    List<FeatureState> status(Requester requester);

    /**
     * Refuses while the feature is locked.
     *
     * @throws org.awpt.domain.access.LockedDownException when it is locked, with the admin's reason
     */
    void requireOpen(Feature feature);
}
