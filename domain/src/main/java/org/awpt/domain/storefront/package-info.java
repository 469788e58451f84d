/** A buyer sent to an external storefront, open until cancelled. */
package org.awpt.domain.storefront;
