/** The sales ledger's records: what was sold, how it was paid and for how much, kept for revenue reports. */
package org.awpt.domain.sale;
