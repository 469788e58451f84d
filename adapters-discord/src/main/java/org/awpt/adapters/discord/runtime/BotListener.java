package org.awpt.adapters.discord.runtime;

import net.dv8tion.jda.api.hooks.EventListener;

/**
 * A listener the bot is started with (the router, proof uploads, deleted ticket channels, member
 * joins): the type the bootstrap collects them by, so that only this adapter names JDA.
 */
public interface BotListener extends EventListener {
}
