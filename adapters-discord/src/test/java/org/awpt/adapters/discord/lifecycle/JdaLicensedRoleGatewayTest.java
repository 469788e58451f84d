package org.awpt.adapters.discord.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.util.List;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.domain.DiscordUserId;
import org.junit.jupiter.api.Test;

class JdaLicensedRoleGatewayTest {
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);

    private final DiscordOps ops = mock(DiscordOps.class);
    private final JdaLicensedRoleGateway gateway = new JdaLicensedRoleGateway(ops, List.of("900", "901"), "777");

    @Test
    void grantsAndRevokesTheConfiguredRoleInEveryServer() {
        gateway.grant(BUYER);
        gateway.revoke(BUYER);

        verify(ops).addRole("900", BUYER, "777");
        verify(ops).addRole("901", BUYER, "777");
        verify(ops).removeRole("900", BUYER, "777");
        verify(ops).removeRole("901", BUYER, "777");
        verifyNoMoreInteractions(ops);
    }

    @Test
    void aServerThatFailsDoesNotStopTheOthersAndTheFailureIsThrown() {
        IllegalStateException down = new IllegalStateException("server 900 unavailable");
        doThrow(down).when(ops).removeRole("900", BUYER, "777");

        assertThatThrownBy(() -> gateway.revoke(BUYER)).isSameAs(down);

        verify(ops).removeRole("901", BUYER, "777");
    }

    @Test
    void everyFailureIsKept() {
        IllegalStateException first = new IllegalStateException("900");
        IllegalStateException second = new IllegalStateException("901");
        doThrow(first).when(ops).addRole("900", BUYER, "777");
        doThrow(second).when(ops).addRole("901", BUYER, "777");

        assertThatThrownBy(() -> gateway.grant(BUYER)).isSameAs(first);
        assertThat(first.getSuppressed()).containsExactly(second);
    }

    @Test
    void aRoleIdIsRequired() {
        assertThatThrownBy(() -> new JdaLicensedRoleGateway(ops, List.of("900"), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gateway.grant(null)).isInstanceOf(NullPointerException.class);
    }
}
