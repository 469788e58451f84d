/**
 * Storefronts (PayPal and cards through Sellix, SellAuth or Sell.app): handing buyers over to the
 * storefront page of the payment method they picked, and serving the storefront's paid orders from
 * the shop's own stock when its signed webhook asks for the keys.
 */
package org.awpt.application.storefront;
