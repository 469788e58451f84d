package org.awpt.application.storefront;

/** Handing a buyer over to the external storefront, which takes the payment and delivers on its own. */
public interface StorefrontUseCase {

    /**
     * Opens a hand-off to the storefront page of a type (method {@code paypal}); a buyer who has
     * one open for the type gets that one again.
     *
     * @throws org.awpt.domain.access.LockedDownException     while the method is locked down
     * @throws org.awpt.domain.buyer.AlreadyLicensedException when the buyer holds an active license
     * @throws org.awpt.domain.license.OutOfStockException    when no key of the type is left
     * @throws org.awpt.domain.stock.PurchasesPausedException when stock is critical
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
