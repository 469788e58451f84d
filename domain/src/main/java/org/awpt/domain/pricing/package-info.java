/** Money, the price list per license type, and the gamepass per type. */
package org.awpt.domain.pricing;
