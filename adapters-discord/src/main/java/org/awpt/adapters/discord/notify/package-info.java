/** The application's notifier and listener ports implemented with Discord messages. */
package org.awpt.adapters.discord.notify;
