package org.awpt.domain.license;

/** How a buyer was told their key. */
public enum DeliveryChannel {
    /** A direct message. */
    DIRECT_MESSAGE,
    /** A message in the buyer's purchase ticket, when direct messages were closed. */
    TICKET,
    /** The buyer saw it in their own license list. */
    MY_LICENSES,
    /** Support staff received it privately (key requests). */
    STAFF,
    /** The storefront that sold it showed it to the buyer (and mailed it), from the shop's webhook answer. */
    STOREFRONT
}
