package org.awpt.adapters.discord.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.domain.ShopException;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {
    private final ErrorMapper mapper = new ErrorMapper(Messages.english());

    @Test
    void anOpenPaymentRefusalNamesTheStateInWordsNotItsStoredCode() {
        assertThat(mapper.describe(openPayment("weekly", "awaiting_review", "42")))
                .isEqualTo("You already have a weekly payment open (waiting for review) in <#42>. "
                        + "Finish or cancel it there before starting another.")
                .doesNotContain("awaiting_review");
    }

    @Test
    void anOpenPaymentWithoutATicketChannelStillReadsInWords() {
        assertThat(mapper.describe(openPayment("monthly", "awaiting_proof", "")))
                .isEqualTo("You already have a monthly payment open (waiting for proof). "
                        + "Finish or cancel it before starting another.");
    }

    private static ShopException openPayment(String type, String status, String channel) {
        return new ShopException("open_payment_exists", "open",
                Map.of("session", "s-1", "type", type, "status", status, "channel", channel));
    }
}
