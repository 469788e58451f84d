/**
 * What a buyer can buy and how a purchase starts: the catalog of types, prices, stock and payment
 * methods, and the checks every purchase shares ({@link org.awpt.application.purchase.PurchaseGuard}).
 */
package org.awpt.application.purchase;
