/** Per-user cooldowns of rate-limited actions, escalating after repeated failures; admins reset them. */
package org.awpt.application.cooldown;
