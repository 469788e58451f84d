package org.awpt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopExceptionTest {

    @Test
    void keepsCodeMessageAndAnImmutableCopyOfTheDetails() {
        Map<String, Object> details = new HashMap<>(Map.of("type", "weekly"));
        ShopException e = new ShopException("out_of_stock", "no weekly key", details);
        details.put("type", "monthly");

        assertThat(e.code()).isEqualTo("out_of_stock");
        assertThat(e).hasMessage("no weekly key");
        assertThat(e.details()).containsExactly(Map.entry("type", "weekly"));
        assertThatThrownBy(() -> e.details().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesAMissingCode() {
        assertThatThrownBy(() -> new ShopException(null, "m", Map.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void illegalTransitionNamesSubjectStateAndMove() {
        IllegalTransitionException e = new IllegalTransitionException("key K123", "used", "be delivered");
        assertThat(e.code()).isEqualTo("illegal_transition");
        assertThat(e.state()).isEqualTo("used");
        assertThat(e).hasMessage("key K123 is used: cannot be delivered");
        assertThat(e.details()).containsEntry("subject", "key K123").containsEntry("move", "be delivered");
    }

    @Test
    void invalidInputNamesFieldAndExpectation() {
        InvalidInputException e = new InvalidInputException("contact", "1 to 200 characters");
        assertThat(e.code()).isEqualTo("invalid_input");
        assertThat(e.field()).isEqualTo("contact");
        assertThat(e.expected()).isEqualTo("1 to 200 characters");
        assertThat(e).hasMessage("invalid contact: expected 1 to 200 characters");
    }

    @Test
    void notAuthorizedNamesUserAndAction() {
        NotAuthorizedException e = new NotAuthorizedException(TestData.BUYER, "approve payments");
        assertThat(e.code()).isEqualTo("not_authorized");
        assertThat(e.action()).isEqualTo("approve payments");
        assertThat(e.details()).containsEntry("user", TestData.BUYER.asString());
    }

    @Test
    void notFoundNamesWhatAndReference() {
        NotFoundException e = new NotFoundException("session", "abc");
        assertThat(e.code()).isEqualTo("not_found");
        assertThat(e).hasMessage("session not found: abc");
        assertThat(e.details()).containsEntry("what", "session").containsEntry("reference", "abc");
    }
}
