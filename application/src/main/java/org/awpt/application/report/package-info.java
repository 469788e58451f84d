/**
 * Reports for admins and the shop's console: keys delivered per day and revenue per payment method
 * and currency over a period, and the sales export.
 */
package org.awpt.application.report;
