package org.awpt.application.support;

import java.util.List;
import org.awpt.domain.access.Requester;
import org.awpt.domain.request.KeyRequest;

/** Support staff request batches of keys; admins decide. */
public interface KeyRequestUseCase {

    /**
     * Support reserves keys of a type, all or nothing, and the admins are asked to approve.
     *
     * @throws org.awpt.domain.NotAuthorizedException               unless support or an admin asks
     * @throws org.awpt.domain.access.LockedDownException           while key requests are locked down
     * @throws org.awpt.domain.license.UnknownLicenseTypeException  for a type the catalog does not list
     * @throws org.awpt.domain.InvalidInputException                for a quantity out of 1 to 100
     * @throws org.awpt.domain.license.OutOfStockException          when fewer keys than asked are available
     */
    KeyRequest request(RequestKeys command);

    /**
     * An admin approves a pending request; its keys go privately to the requester.
     *
     * @throws org.awpt.domain.NotFoundException             for an unknown request
     * @throws org.awpt.domain.IllegalTransitionException    when it was already decided
     * @throws org.awpt.application.port.DeliveryFailedException when the requester could not be told
     *         this time (the approval stands; the keys stay pending delivery)
     */
    KeyRequest approve(DecideKeyRequest command);

    /**
     * An admin denies a pending request; its keys go back to stock.
     *
     * @throws org.awpt.domain.NotFoundException          for an unknown request
     * @throws org.awpt.domain.IllegalTransitionException when it was already decided
     */
    KeyRequest deny(DecideKeyRequest command);

    /** The requests waiting for an admin, newest first (admins only). */
    List<KeyRequest> pending(Requester admin);

    /**
     * Sweeper: tells requesters again the keys of approved requests they could not be told, so a
     * failed delivery is not lost.
     *
     * @return how many requests were delivered this time
     */
    int retryDeliveries();
}
