package org.awpt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ActorIdTest {

    @Test
    void aDiscordUserAndTheConsolesOperatorReadBackFromTheirStoredForm() {
        assertThat(ActorId.parse("42")).isEqualTo(new DiscordUserId(42));
        assertThat(new ConsoleOperator("alice").asString()).isEqualTo("console:alice");
        assertThat(ActorId.parse("console:alice")).isEqualTo(new ConsoleOperator("alice"));
        assertThat(ActorId.parse(new ConsoleOperator("svc awpt").asString())).isEqualTo(new ConsoleOperator("svc awpt"));
        assertThat(new ConsoleOperator("alice")).hasToString("console (alice)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"console:", "alice", "-3"})
    void anythingElseIsRefused(String stored) {
        assertThatThrownBy(() -> ActorId.parse(stored)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "a\nb", "a\u0000b", "12345678901234567890123456789012345678901234567890123456789012345"})
    void anUnusableOsUserNameIsTheUnknownOperator(String name) {
        assertThat(ConsoleOperator.of(name).osUser()).isEqualTo(ConsoleOperator.UNKNOWN_USER);
    }

    @Test
    void theOsUserNameIsKeptTrimmed() {
        assertThat(ConsoleOperator.of(" alice ").osUser()).isEqualTo("alice");
    }
}
