package org.awpt.application.roblox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.awpt.domain.RobloxUserId;
import org.junit.jupiter.api.Test;

class RobloxValuesTest {

    @Test
    void anOwnershipHasPositiveIds() {
        assertThat(new GamePassOwnership(1, 2).instanceId()).isEqualTo(2L);
        assertThat(new GamePassOwnership(1, 2).instance()).hasValue(2);
        assertThatThrownBy(() -> new GamePassOwnership(0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GamePassOwnership(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOwnershipMayHaveNoInstanceId() {
        GamePassOwnership owned = GamePassOwnership.withoutInstance(7);
        assertThat(owned.instanceId()).isNull();
        assertThat(owned.instance()).isEmpty();
        assertThatThrownBy(() -> GamePassOwnership.withoutInstance(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUserWithoutDisplayNameShowsTheirName() {
        assertThat(new RobloxUser(new RobloxUserId(5), "builder", null, false).displayName()).isEqualTo("builder");
        assertThatThrownBy(() -> new RobloxUser(new RobloxUserId(5), null, "x", false))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void anOutageSaysWhenToRetryAndKeepsItsCause() {
        IOException timeout = new IOException("timeout");
        RobloxUnavailableException outage = new RobloxUnavailableException("timeout", Duration.ofSeconds(12), timeout);

        assertThat(outage.code()).isEqualTo("roblox_unavailable");
        assertThat(outage.retryAfter()).isEqualTo(Duration.ofSeconds(12));
        assertThat(outage.details()).containsEntry("retryAfterSeconds", 12L);
        assertThat(outage.getCause()).isSameAs(timeout);
        assertThat(new RobloxUnavailableException("down", Duration.ZERO, null).getCause()).isNull();
    }
}
