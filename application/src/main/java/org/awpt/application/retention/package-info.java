/**
 * The retention policy: proofs of payment, settled payment sessions, storefront visits and audit events
 * are deleted once older than the configured ages, by a periodic round. License keys and the sales ledger
 * are never deleted.
 */
package org.awpt.application.retention;
