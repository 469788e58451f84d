/**
 * The Roblox gateway over Roblox's public web APIs (Retrofit 3, Jackson, OkHttp 5), with
 * timeouts, Resilience4j retries and circuit breaking, and a short Caffeine cache of users.
 *
 * <p>An outage, a rate limit or a malformed answer is always reported as
 * {@link org.awpt.application.roblox.RobloxUnavailableException}, never as "not found" or
 * "not owned".
 */
package org.awpt.adapters.roblox;
