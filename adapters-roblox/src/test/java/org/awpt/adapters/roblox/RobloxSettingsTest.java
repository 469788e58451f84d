package org.awpt.adapters.roblox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobloxSettingsTest {
    private final RobloxSettings defaults = RobloxSettings.defaults();

    @Test
    void defaultsPointAtRobloxsHosts() {
        assertThat(defaults.usersBaseUrl()).isEqualTo("https://users.roblox.com/");
        assertThat(defaults.inventoryBaseUrl()).isEqualTo("https://inventory.roblox.com/");
        assertThat(defaults.apisBaseUrl()).isEqualTo("https://apis.roblox.com/");
        assertThat(defaults.maxAttempts()).isEqualTo(3);
    }

    @Test
    void aBaseUrlGetsItsTrailingSlash() {
        assertThat(defaults.withBaseUrl("http://proxy.local:8080/roblox").usersBaseUrl())
                .isEqualTo("http://proxy.local:8080/roblox/");
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> defaults.withBaseUrl("ftp://roblox")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withRetries(11, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withRetries(3, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withCircuit(0, 5, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withCircuit(101, 5, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withCircuit(50, 0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
