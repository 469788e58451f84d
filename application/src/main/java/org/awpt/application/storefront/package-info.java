/** Handing buyers over to the external storefront (PayPal through SellPass), which delivers on its own. */
package org.awpt.application.storefront;
