package org.awpt.adapters.discord.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {
    private final Messages messages = Messages.english();

    @ParameterizedTest
    @ValueSource(strings = {"invalid_input", "illegal_transition", "not_authorized", "not_found", "already_decided",
        "proof_not_image", "proof_too_large", "unknown_license_type", "out_of_stock", "stock_critical",
        "blocked_buyer", "already_licensed", "locked_down", "cooling_down", "import_too_large",
        "roblox_unavailable", "roblox_banned", "gamepass_not_owned", "already_paid_out"})
    void everyRefusalCodeHasAMessage(String code) {
        assertThat(messages.has("error." + code)).as(code).isTrue();
        assertThat(messages.get("error." + code)).isNotBlank();
    }

    @Test
    void alreadyPaidOutExplainsRemovalAndRebuy() {
        assertThat(messages.get("error.already_paid_out")).contains("Delete from Inventory").contains("buy the gamepass again");
    }

    @Test
    void fillsNamedPlaceholdersAndShowsInstantsAsDiscordTimestamps() {
        String text = messages.get("error.cooling_down", "retryAt", Instant.ofEpochSecond(1_700_000_000L));
        assertThat(text).contains("<t:1700000000:f>").contains("<t:1700000000:R>").doesNotContain("{");
    }

    @Test
    void placeholdersWithoutValueStayOrBecomeTheGivenFiller() {
        assertThat(messages.format("error.not_found", Map.of("what", "key"))).contains("{reference}");
        assertThat(messages.format("error.not_found", Map.of("what", "key"), "?")).endsWith("key ?.");
    }

    @Test
    void valuesWithDollarSignsAndBackslashesAreTakenLiterally() {
        assertThat(messages.get("error.not_found", "what", "a$1", "reference", "b\\c")).contains("a$1 b\\c");
    }
}
