/**
 * A local Discord stand-in for tests: it serves the REST routes and the WebSocket gateway that the
 * AWPT bot uses, on loopback, so real JDA 6 runs against it unchanged.
 *
 * <p>This is a test stand-in, not a Discord emulator. It knows only the calls the bot makes (login,
 * the gateway handshake and resume, command registration, interaction callbacks and follow-ups,
 * channels, DMs, messages with attachments, roles), keeps just enough state to answer them
 * plausibly, and applies the few Discord rules that shape the bot's behaviour: one acknowledgement
 * per interaction within 3 seconds (40060 / 10062), DMs refused with 50007 for users who closed them,
 * 429 rate limits with {@code retry_after}. Every request is recorded; a route it does not know is
 * answered with 404 and flagged as unexpected, so a test can fail on it.
 *
 * <p>Entry point: {@link org.awpt.adapters.discord.standin.DiscordStandIn}.
 */
package org.awpt.adapters.discord.standin;
