package org.awpt.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.domain.TestData.ADMIN;
import static org.awpt.domain.TestData.T0;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuditEventTest {

    @Test
    void recordsWhoDidWhatToWhichSubjectWhen() {
        Map<String, String> details = new HashMap<>(Map.of("type", "weekly", "count", "3", "batch", "b1"));
        AuditEvent event = new AuditEvent("ev-1", T0, ADMIN, AuditAction.KEYS_IMPORTED, "weekly", details);
        details.put("extra", "x");
        assertThat(event.id()).isEqualTo("ev-1");
        assertThat(event.at()).isEqualTo(T0);
        assertThat(event.actor()).isEqualTo(ADMIN);
        assertThat(event.action()).isEqualTo(AuditAction.KEYS_IMPORTED);
        assertThat(event.subject()).isEqualTo("weekly");
        assertThat(event.details().keySet()).containsExactly("batch", "count", "type");
        assertThatThrownBy(() -> event.details().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theShopItselfActsWithoutAnActorSubjectOrDetails() {
        AuditEvent event = new AuditEvent("ev-2", T0, null, AuditAction.STOCK_LEVEL_CHANGED, null, null);
        assertThat(event.actor()).isNull();
        assertThat(event.subject()).isEmpty();
        assertThat(event.details()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anEventHasAnId(String id) {
        assertThatThrownBy(() -> new AuditEvent(id, T0, ADMIN, AuditAction.KEY_REVOKED, "s", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventHasATimeAndAnAction() {
        assertThatThrownBy(() -> new AuditEvent("e", null, ADMIN, AuditAction.KEY_REVOKED, "s", Map.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AuditEvent("e", T0, ADMIN, null, "s", Map.of()))
                .isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @EnumSource(AuditAction.class)
    void actionWireNamesRoundTrip(AuditAction action) {
        assertThat(action.wireName()).isEqualTo(action.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(AuditAction.fromWireName(action.wireName())).isEqualTo(action);
    }

    @Test
    void actionWireNamesAreLowerCase() {
        assertThat(AuditAction.PAYMENT_APPROVED.wireName()).isEqualTo("payment_approved");
        assertThatThrownBy(() -> AuditAction.fromWireName("nothing")).isInstanceOf(IllegalArgumentException.class);
    }
}
