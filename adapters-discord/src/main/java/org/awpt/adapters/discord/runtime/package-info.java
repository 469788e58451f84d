/**
 * The bot's runtime: settings, the JDA connection, the interaction router (acknowledge within
 * Discord's 3 seconds, then run handlers on a bounded executor) and the single error mapper.
 */
package org.awpt.adapters.discord.runtime;
