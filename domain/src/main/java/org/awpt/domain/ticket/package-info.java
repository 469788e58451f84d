/** A buyer's purchase ticket: the private channel where they pay. */
package org.awpt.domain.ticket;
