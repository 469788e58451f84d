package org.awpt.application.storefront;

import org.awpt.domain.storefront.StorefrontVisit;

/** Handing a buyer over to the external storefront, which takes the payment and delivers on its own. */
public interface StorefrontUseCase {

    /**
     * Opens a hand-off to the page of a type on the storefront method the buyer picked; a buyer who
     * has one open for the type and method gets that one again.
     *
     * @throws org.awpt.domain.access.LockedDownException     while the method is locked down
     * @throws org.awpt.domain.buyer.AlreadyLicensedException when the buyer holds an active license
     * @throws org.awpt.domain.license.OutOfStockException    when no key of the type is left
     * @throws org.awpt.domain.stock.PurchasesPausedException when stock is critical
     * @throws org.awpt.domain.InvalidInputException          for a method that is not a storefront, or a
     *                                                        type it has no page for
     */
    StorefrontVisit open(OpenStorefront cmd);

    /**
     * Cancels an open hand-off, for its buyer or an admin.
     *
     * @throws org.awpt.domain.NotFoundException           when there is no such visit
     * @throws org.awpt.domain.IllegalTransitionException  when it was cancelled already
     */
    StorefrontVisit cancel(CancelStorefront cmd);
}
