package org.awpt.application.purchase;

/** What a buyer may buy, and the start of a purchase. */
public interface PurchaseCatalogUseCase {

    /** Every type with its prices, stock and whether it can be bought; every method with its lockdown. */
    PurchaseCatalog catalog();

    /**
     * Starts a purchase: the page to pay on or the manual payment details.
     *
     * @throws org.awpt.domain.access.LockedDownException   while the method is locked down
     * @throws org.awpt.domain.license.OutOfStockException  when no key of the type is left
     * @throws org.awpt.domain.stock.PurchasesPausedException when stock is critical
     * @throws org.awpt.domain.buyer.AlreadyLicensedException when the buyer holds an active license
     * @throws org.awpt.domain.access.CoolingDownException  while the buyer cools down for the method
     */
    PurchaseStart start(StartPurchase cmd);
}
