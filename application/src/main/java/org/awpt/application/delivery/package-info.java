/**
 * Telling buyers their keys: the outbox step after every claim (direct message, else the ticket,
 * else the buyer's own license list), retried until the buyer was told, so no key is ever lost.
 */
package org.awpt.application.delivery;
