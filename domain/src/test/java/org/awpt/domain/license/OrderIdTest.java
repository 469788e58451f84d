package org.awpt.domain.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.awpt.domain.RobloxUserId;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.request.RequestId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderIdTest {
    private static final RobloxUserId BUYER = new RobloxUserId(42);
    private static final long PASS = 1022970504L;

    @Test
    void manualPaymentOrderIsTheSession() {
        SessionId session = new SessionId("abcdEFGH1234_-xy");
        assertThat(OrderId.forManualPayment(session).value()).isEqualTo("manual:abcdEFGH1234_-xy");
        assertThat(OrderId.forManualPayment(session)).isEqualTo(OrderId.forManualPayment(new SessionId("abcdEFGH1234_-xy")));
    }

    @Test
    void robuxOrderNamesBuyerGamepassAndOwnershipInstance() {
        OrderId order = OrderId.forRobuxPurchase(BUYER, PASS, 777);
        assertThat(order.value()).isEqualTo("robux:42:1022970504:777");
        assertThat(order).hasToString("robux:42:1022970504:777");
        assertThat(OrderId.forRobuxPurchase(new RobloxUserId(42), PASS, 777)).isEqualTo(order);
    }

    @Test
    void aRebuyOfTheSameGamepassIsANewOrder() {
        OrderId first = OrderId.forRobuxPurchase(BUYER, PASS, 777);
        assertThat(OrderId.forRobuxPurchase(BUYER, PASS, 778)).isNotEqualTo(first);
        assertThat(OrderId.forRobuxPurchase(new RobloxUserId(43), PASS, 777)).isNotEqualTo(first);
        assertThat(OrderId.forRobuxPurchase(BUYER, 1030833419L, 777)).isNotEqualTo(first);
    }

    @Test
    void aRobuxPayoutCycleIsItsOwnOrderAndNeverAnInstance() {
        OrderId first = OrderId.forRobuxCycle(BUYER, PASS, 1);
        assertThat(first.value()).isEqualTo("robux:42:1022970504:c1");
        assertThat(OrderId.forRobuxCycle(BUYER, PASS, 2)).isNotEqualTo(first);
        assertThat(OrderId.forRobuxPurchase(BUYER, PASS, 1)).isNotEqualTo(first);
        assertThatThrownBy(() -> OrderId.forRobuxCycle(BUYER, PASS, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyRequestOrderIsOnePerLine() {
        RequestId request = new RequestId("req-0001");
        assertThat(OrderId.forKeyRequestLine(request, 0).value()).isEqualTo("request:req-0001:0");
        assertThat(OrderId.forKeyRequestLine(request, 1)).isNotEqualTo(OrderId.forKeyRequestLine(request, 0));
        assertThatThrownBy(() -> OrderId.forKeyRequestLine(request, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"a b", "a/b", "a.b", "caf\u00e9"})
    void refusesMalformedIds(String text) {
        assertThatThrownBy(() -> new OrderId(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lengthIsAtMost128() {
        assertThat(new OrderId("a".repeat(128)).value()).hasSize(128);
        assertThatThrownBy(() -> new OrderId("a".repeat(129))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRequestLineNamesItsRequestAndOtherOrdersNone() {
        RequestId request = new RequestId("req-0001");
        assertThat(OrderId.forKeyRequestLine(request, 3).keyRequest()).contains(request);
        assertThat(new OrderId("manual:abcdefghijklmnop").keyRequest()).isEmpty();
        assertThat(new OrderId("request:short:0").keyRequest()).isEmpty();
        assertThat(new OrderId("request:req-0001").keyRequest()).isEmpty();
    }

    @Test
    void aStorefrontUnitIsReadableWhenItFitsAndADigestOtherwise() {
        assertThat(OrderId.forStorefrontUnit("sellauth", "8e32b8f24c4a0-0000000010042", "77", 2).value())
                .isEqualTo("storefront:sellauth:8e32b8f24c4a0-0000000010042:77:2");
        OrderId odd = OrderId.forStorefrontUnit("sellapp", "inv/1", "variant 9", 0);
        assertThat(odd.value()).matches("storefront:[0-9a-f]{64}:0");
        assertThat(OrderId.forStorefrontUnit("sellapp", "inv/1", "variant 9", 0)).isEqualTo(odd);
        assertThat(OrderId.forStorefrontUnit("sellapp", "inv/1", "variant 8", 0)).isNotEqualTo(odd);
        // Parts may not contain the separator, so "a:b" + "c" and "a" + "b:c" stay two orders.
        assertThat(OrderId.forStorefrontUnit("p", "a:b", "c", 0)).isNotEqualTo(OrderId.forStorefrontUnit("p", "a", "b:c", 0));
        assertThat(OrderId.forStorefrontUnit("p", "i".repeat(40), "j".repeat(40), 0).value()).hasSizeLessThanOrEqualTo(128);
        assertThatThrownBy(() -> OrderId.forStorefrontUnit("p", "i", "j", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
