/** Who may do what: roles, the access policy, lockdown switches and escalating cooldowns. */
package org.awpt.domain.access;
