package org.awpt.adapters.discord.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComponentIdCodecTest {

    @Test
    void encodesVersionActionAndArguments() {
        assertThat(ComponentId.of(ComponentAction.PAY_APPROVE, "abcdefghijklmnopqrstuv").encode())
                .isEqualTo("v1:pay:approve:abcdefghijklmnopqrstuv");
    }

    @ParameterizedTest
    @EnumSource(ComponentAction.class)
    void everyActionRoundTripsWithinDiscordsLimit(ComponentAction action) {
        String[] args = new String[action.arity()];
        java.util.Arrays.fill(args, "x".repeat(22));
        ComponentId id = ComponentId.of(action, args);
        String raw = id.encode();
        assertThat(raw.length()).isLessThanOrEqualTo(100);
        assertThat(ComponentIdCodec.decode(raw)).isEqualTo(new Decoded.Valid(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0:pay:approve:abcdefghijklmnopqrstuv", "v2:pay:approve:x", "pay:approve:x",
        "v1:pay:nothing:x", "v1:pay:approve", "v1:pay:approve:a:b", "v1:pay:approve:", "v1:pay:approve:a b",
        "", "buy_weekly"})
    void oldUnknownOrMalformedIdsAreExpired(String raw) {
        assertThat(ComponentIdCodec.decode(raw)).isEqualTo(new Decoded.Expired(raw));
    }

    @Test
    void nullAndOverlongIdsAreExpired() {
        assertThat(ComponentIdCodec.decode(null)).isInstanceOf(Decoded.Expired.class);
        assertThat(ComponentIdCodec.decode("v1:pay:approve:" + "a".repeat(90))).isInstanceOf(Decoded.Expired.class);
    }

    @Test
    void refusesArgumentsThatWouldBreakTheFormatOrTheLimit() {
        assertThatThrownBy(() -> ComponentId.of(ComponentAction.PAY_APPROVE, "a:b").encode())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComponentId.of(ComponentAction.KEYS_PAGE, "a".repeat(50), "b".repeat(50), "1")
                .encode()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComponentId.of(ComponentAction.PAY_APPROVE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void actionCodesAreUniqueAndHaveTwoParts() {
        for (ComponentAction action : ComponentAction.values()) {
            assertThat(action.code().split(":")).hasSize(2);
            assertThat(ComponentAction.fromCode(action.code())).contains(action);
        }
    }

    @Test
    void idsOfSessionActionsNameTheirPaymentSession() {
        assertThat(ComponentId.of(ComponentAction.PAY_APPROVE, "s1").paymentSession()).contains("s1");
        assertThat(ComponentId.of(ComponentAction.PROOF_UPLOAD, "s2").paymentSession()).contains("s2");
        assertThat(ComponentId.of(ComponentAction.PAY_REJECT_MODAL, "s3").paymentSession()).contains("s3");
        assertThat(ComponentId.of(ComponentAction.STOREFRONT_CANCEL, "visit1").paymentSession()).isEmpty();
        assertThat(ComponentId.of(ComponentAction.PAY_METHOD, "weekly", "cashapp").paymentSession()).isEmpty();
        assertThat(ComponentId.of(ComponentAction.LICENSE_RENEW, "weekly").paymentSession()).isEmpty();
    }
}
