/**
 * A local Discord stand-in for tests: it serves the REST routes and the WebSocket gateway that the
 * AWPT bot uses, on loopback, so real JDA 6 runs against it unchanged.
 *
 * <p>This is a test stand-in, not a Discord emulator. It knows only the calls the bot makes, keeps
 * just enough state to answer them plausibly, and applies the few Discord rules that shape the bot's
 * behaviour: one acknowledgement per interaction within 3 seconds (400 / 40060 for a second one,
 * 404 / 10062 for a late one, 400 / 50035 for a modal answering a modal submit), follow-ups only
 * after the acknowledgement (10015) and for 15 minutes (then 50027), DMs refused with
 * 403 / 50007 for users who closed them (opening the DM channel still works), 429 rate limits with
 * {@code retry_after} and the headers JDA reads. Every request is recorded; a route it does not know
 * is answered with 404 and flagged as unexpected, so a test can fail on it (that is how the list
 * below was found: JDA led).
 *
 * <p>Gateway: JDA sends IDENTIFY (or RESUME) on connect; the stand-in answers HELLO, then READY
 * (user, unavailable guild stubs, no private channels, session id, resume URL) and one GUILD_CREATE
 * per guild (roles, channels, members), or RESUMED followed by the dispatches JDA missed. Heartbeats
 * are acknowledged. {@code dropGateway} closes with the resumable code 4000, {@code dropNetwork} cuts
 * every TCP connection.
 *
 * <p>REST, below {@code /api/v10/}: {@code GET users/@me} (401 for another token), {@code GET users/{id}},
 * {@code PUT applications/{id}/commands} and the guild variant, {@code POST interactions/{id}/{token}/callback}
 * (types 4, 5, 6, 7, 9), {@code POST webhooks/{app}/{token}} and {@code GET/PATCH/DELETE
 * webhooks/{app}/{token}/messages/{@original|id}}, {@code POST guilds/{id}/channels}, {@code GET/DELETE
 * channels/{id}}, {@code POST users/@me/channels}, {@code POST channels/{id}/messages} and {@code GET/PATCH/DELETE
 * channels/{id}/messages/{id}} (JSON or multipart with {@code payload_json} and files), {@code GET
 * guilds/{id}/members/{id}}, {@code PUT/DELETE guilds/{id}/members/{id}/roles/{id}}. Attachments (uploaded
 * by the bot or attached by a person in an injected interaction) are served at {@code /attachments/...}.
 *
 * <p>Discord's published API description (OpenAPI 3.1, {@code discord-api/} in the test resources) is
 * the reference for both sides: {@link org.awpt.adapters.discord.standin.ApiConformance} validates every
 * request body (after {@link org.awpt.adapters.discord.standin.DocumentedEncodings}, JDA's other
 * encodings of snowflakes and integers) and every answer, {@link org.awpt.adapters.discord.standin.GatewayShapes}
 * the objects inside gateway dispatches. A request that breaks it is refused with 400 / 50035 and, like any
 * break, recorded as an unexpected call naming route, JSON pointer and rule.
 *
 * <p>Timings, for the latency benchmark (bootstrap's {@code bench}): each injected interaction keeps, on
 * {@link System#nanoTime}, when its event left for JDA and when the bot's acknowledgement and answer reached
 * the stand-in ({@code acknowledgedAfter}, {@code answeredAfter}; {@code awaitAnswered} waits on the
 * interaction alone), and each recorded call how long the stand-in itself took to answer it.
 * {@code skipConformanceChecks} turns the description checks off for the benchmark's traffic.
 *
 * <p>Entry point: {@link org.awpt.adapters.discord.standin.DiscordStandIn}; the real bot over it:
 * {@link org.awpt.adapters.discord.standin.LiveBot}.
 */
package org.awpt.adapters.discord.standin;
