package org.awpt.application.storefront;

/**
 * Serving storefront orders from the shop's own stock ("dynamic delivery"): a storefront that took
 * the payment asks for the keys of an order item, with a signed webhook the adapter has verified.
 */
public interface StorefrontDeliveryUseCase {

    /**
     * Hands out one key per unit of the order item, under order ids derived from the provider, invoice,
     * item and unit: asking again for the same order (a retry, or the same webhook twice at once)
     * returns the same keys and claims nothing new. All units or none: when the stock cannot cover
     * the whole quantity, the units claimed are put back and the order is refused. The sale is
     * recorded once; a buyer with a Discord reference is also told by direct message and holds the keys.
     *
     * @throws UnknownStorefrontProductException             for a storefront or product the configuration does not map
     * @throws org.awpt.domain.InvalidInputException          for a quantity outside 1 to {@value StorefrontDeliveryService#MAX_QUANTITY}
     * @throws org.awpt.domain.license.OutOfStockException    when the stock cannot cover the quantity (nothing is claimed)
     * @throws org.awpt.domain.access.LockedDownException     while the storefront's payment method is locked down
     */
    StorefrontDelivery deliver(StorefrontOrder order);

    /**
     * Tells admins, once per storefront and kind of problem, that a signed webhook could not be read
     * (an event the shop does not handle, a field missing); it is refused and nothing is claimed.
     */
    void unreadable(String provider, String problem);
}
