/**
 * Moving a shop between stores ({@code awpt migrate}): every record of every kind is read from one
 * {@link org.awpt.application.port.ShopRecords} and copied into another with its ids, idempotently.
 */
package org.awpt.application.migration;
