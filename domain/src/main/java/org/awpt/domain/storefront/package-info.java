/** External storefronts: a buyer sent to one (open until cancelled), and an order the shop could not serve. */
package org.awpt.domain.storefront;
