/** Payment methods and the manual payment session with its state machine. */
package org.awpt.domain.payment;
