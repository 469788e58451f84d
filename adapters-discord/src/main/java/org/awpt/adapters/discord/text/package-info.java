/** Every text a person reads (one message bundle) and the helpers that keep embeds within Discord's limits. */
package org.awpt.adapters.discord.text;
