/**
 * Lockdown switches: admins lock a payment method, key requests or imports, with a reason; every
 * use case asks {@link org.awpt.application.lockdown.LockdownUseCase#requireOpen} before acting.
 */
package org.awpt.application.lockdown;
