/**
 * What happened in the shop, as small immutable values: a sale completed, stock moved, a stock
 * level changed, a key reached its holder. Services publish them; the application's dispatcher runs
 * the reactions (stock alerts, purchase panels, the licensed role, the sales feed).
 */
package org.awpt.domain.event;
