package org.awpt.adapters.roblox;

import java.time.Duration;
import java.util.Objects;

/**
 * How the gateway talks to Roblox.
 *
 * @param usersBaseUrl              users API, such as {@code https://users.roblox.com/}
 * @param inventoryBaseUrl          inventory API, such as {@code https://inventory.roblox.com/}
 * @param apisBaseUrl               gamepass API, such as {@code https://apis.roblox.com/}
 * @param connectTimeout            how long to wait for a connection
 * @param readTimeout               how long to wait for each read of an answer
 * @param maxAttempts               attempts per call, the first included (at least 1)
 * @param initialBackoff            the wait before the second attempt, doubled for each later one;
 *                                  each wait is drawn within +-50% of that
 * @param maxBackoff                the longest wait between attempts
 * @param maxRetryAfterWait         the longest {@code Retry-After} worth waiting for; a longer one
 *                                  is reported at once
 * @param outageRetryAfter          when buyers are told to try again after an outage
 * @param userCacheTtl              how long a user lookup is remembered
 * @param circuitFailureRatePercent failure rate (1-100) that opens the circuit
 * @param circuitMinimumCalls       calls counted before the rate is judged (also the window size)
 * @param circuitOpenDuration       how long an open circuit refuses calls
 */
public record RobloxSettings(
        String usersBaseUrl,
        String inventoryBaseUrl,
        String apisBaseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxRetryAfterWait,
        Duration outageRetryAfter,
        Duration userCacheTtl,
        int circuitFailureRatePercent,
        int circuitMinimumCalls,
        Duration circuitOpenDuration) {

    /** Checks every value and ends each base URL with {@code /}, as Retrofit requires. */
    public RobloxSettings {
        usersBaseUrl = baseUrl(usersBaseUrl, "usersBaseUrl");
        inventoryBaseUrl = baseUrl(inventoryBaseUrl, "inventoryBaseUrl");
        apisBaseUrl = baseUrl(apisBaseUrl, "apisBaseUrl");
        positive(connectTimeout, "connectTimeout");
        positive(readTimeout, "readTimeout");
        positive(initialBackoff, "initialBackoff");
        positive(maxBackoff, "maxBackoff");
        positive(maxRetryAfterWait, "maxRetryAfterWait");
        positive(outageRetryAfter, "outageRetryAfter");
        positive(userCacheTtl, "userCacheTtl");
        positive(circuitOpenDuration, "circuitOpenDuration");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts is 1 to 10: " + maxAttempts);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff is at least initialBackoff");
        }
        if (circuitFailureRatePercent < 1 || circuitFailureRatePercent > 100) {
            throw new IllegalArgumentException("circuitFailureRatePercent is 1 to 100");
        }
        if (circuitMinimumCalls < 1) {
            throw new IllegalArgumentException("circuitMinimumCalls is positive");
        }
    }

    /**
     * Roblox's real hosts; 3 s to connect, 5 s to read, 3 attempts backing off from 500 ms to 4 s,
     * waiting at most 5 s for a {@code Retry-After}; users remembered 2 minutes; the circuit opens
     * for 30 s when half of the last 20 calls failed.
     */
    public static RobloxSettings defaults() {
        return new RobloxSettings("https://users.roblox.com/", "https://inventory.roblox.com/",
                "https://apis.roblox.com/", Duration.ofSeconds(3), Duration.ofSeconds(5), 3,
                Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(60),
                Duration.ofMinutes(2), 50, 20, Duration.ofSeconds(30));
    }

    /** The same settings with every API at one base URL (a test server or a proxy). */
    public RobloxSettings withBaseUrl(String baseUrl) {
        return new RobloxSettings(baseUrl, baseUrl, baseUrl, connectTimeout, readTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxRetryAfterWait, outageRetryAfter, userCacheTtl,
                circuitFailureRatePercent, circuitMinimumCalls, circuitOpenDuration);
    }

    /** The same settings with other timeouts. */
    public RobloxSettings withTimeouts(Duration connect, Duration read) {
        return new RobloxSettings(usersBaseUrl, inventoryBaseUrl, apisBaseUrl, connect, read, maxAttempts,
                initialBackoff, maxBackoff, maxRetryAfterWait, outageRetryAfter, userCacheTtl,
                circuitFailureRatePercent, circuitMinimumCalls, circuitOpenDuration);
    }

    /** The same settings with another retry policy. */
    public RobloxSettings withRetries(int attempts, Duration initial, Duration max, Duration maxRetryAfter) {
        return new RobloxSettings(usersBaseUrl, inventoryBaseUrl, apisBaseUrl, connectTimeout, readTimeout,
                attempts, initial, max, maxRetryAfter, outageRetryAfter, userCacheTtl,
                circuitFailureRatePercent, circuitMinimumCalls, circuitOpenDuration);
    }

    /** The same settings with another circuit breaker. */
    public RobloxSettings withCircuit(int failureRatePercent, int minimumCalls, Duration openDuration) {
        return new RobloxSettings(usersBaseUrl, inventoryBaseUrl, apisBaseUrl, connectTimeout, readTimeout,
                maxAttempts, initialBackoff, maxBackoff, maxRetryAfterWait, outageRetryAfter, userCacheTtl,
                failureRatePercent, minimumCalls, openDuration);
    }

    private static String baseUrl(String url, String name) {
        Objects.requireNonNull(url, name);
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException(name + " is an http(s) URL: " + url);
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " is positive");
        }
    }
}
