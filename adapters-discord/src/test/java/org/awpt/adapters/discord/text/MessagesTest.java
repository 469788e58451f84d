package org.awpt.adapters.discord.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void theApologyForAnUnexpectedFailureDoesNotClaimTheStaffWereTold() {
        // Only a log line is written: the buyer is asked to tell the staff instead of being told they know.
        assertThat(messages.get("error.unknown")).doesNotContainIgnoringCase("have been told").contains("logged")
                .contains("tell the staff");
    }

    @Test
    void aCountTakesItsPluralForm() {
        assertThat(messages.get("export.done", "count", 1)).isEqualTo("Export of 1 key attached.");
        assertThat(messages.get("export.done", "count", 2)).isEqualTo("Export of 2 keys attached.");
        assertThat(messages.get("export.done", "count", 0)).isEqualTo("Export of 0 keys attached.");
        assertThat(messages.get("request.created", "request", "r1", "quantity", "1", "type", "monthly"))
                .startsWith("Your request r1 for 1 monthly key was sent");
        assertThat(messages.get("tx.button.days", "days", 7)).isEqualTo("7 days");
    }

    @Test
    void plainNumbersAndIdsKeepTheirDigits() {
        assertThat(messages.get("error.robux_nothing_to_reset", "roblox", 1234567L, "gamePassId", 1022970504L,
                "cycle", 3)).contains("1234567").contains("1022970504");
    }

    @Test
    void aMissingOrUnreadableCountIsRefusedNamingTheMessage() {
        assertThatThrownBy(() -> messages.format("export.done", Map.of(), "?"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("export.done").hasMessageContaining("{count}");
        assertThatThrownBy(() -> messages.get("export.done", "count", "many"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("many");
    }

    @Test
    void valuesWithDollarSignsAndBackslashesAreTakenLiterally() {
        assertThat(messages.get("error.not_found", "what", "a$1", "reference", "b\\c")).contains("a$1 b\\c");
    }
}
