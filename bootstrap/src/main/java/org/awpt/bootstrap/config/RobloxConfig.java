package org.awpt.bootstrap.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Roblox's web APIs.
 *
 * @param usersBaseUrl            users.roblox.com (user lookups)
 * @param inventoryBaseUrl        inventory.roblox.com (gamepass ownership)
 * @param gamePassesBaseUrl       apis.roblox.com (gamepass product information)
 * @param connectTimeout          how long to wait for a connection
 * @param readTimeout             how long to wait for an answer
 * @param maxRetries              retries of a failed call (rate limits, 5xx, timeouts)
 * @param checkGamePassesAtStartUp whether to check each configured gamepass when the bot starts
 */
public record RobloxConfig(URI usersBaseUrl, URI inventoryBaseUrl, URI gamePassesBaseUrl, Duration connectTimeout,
        Duration readTimeout, int maxRetries, boolean checkGamePassesAtStartUp) {
    /** Roblox's public addresses. */
    public static final URI USERS = URI.create("https://users.roblox.com/");
    /** Roblox's public inventory address. */
    public static final URI INVENTORY = URI.create("https://inventory.roblox.com/");
    /** Roblox's public gamepass address. */
    public static final URI GAME_PASSES = URI.create("https://apis.roblox.com/");

    /** Checks every part is present. */
    public RobloxConfig {
        Objects.requireNonNull(usersBaseUrl, "usersBaseUrl");
        Objects.requireNonNull(inventoryBaseUrl, "inventoryBaseUrl");
        Objects.requireNonNull(gamePassesBaseUrl, "gamePassesBaseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }

    /** Roblox's public addresses, 3 s to connect, 5 s to answer, 2 retries, gamepasses checked. */
    public static RobloxConfig defaults() {
        return new RobloxConfig(USERS, INVENTORY, GAME_PASSES, Duration.ofSeconds(3), Duration.ofSeconds(5), 2, true);
    }
}
