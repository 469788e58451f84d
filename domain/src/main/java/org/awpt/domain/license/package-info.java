/** License types, license keys and their state machine, orders and the delivery outbox. */
package org.awpt.domain.license;
