package org.awpt.bootstrap.config;

/**
 * The health and metrics endpoint on the loopback interface.
 *
 * @param enabled whether it runs
 * @param port    its TCP port on 127.0.0.1 (0 picks a free one)
 */
public record HealthConfig(boolean enabled, int port) {
    /** Checks the port. */
    public HealthConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("a port is 0 to 65535");
        }
    }
}
