package org.awpt.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.GamePass;
import org.awpt.domain.pricing.GamePasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentMethodsTest {
    private static final GamePasses WEEKLY_PASS = new GamePasses(List.of(
            new GamePass(7, LicenseTypeCode.WEEKLY, "https://www.roblox.com/game-pass/7/Weekly")));
    private final PaymentMethods defaults = new PaymentMethods(List.of(
            new PaymentMethod("robux", "Robux", PaymentMethodKind.ROBUX, "", "", "", Map.of()),
            new PaymentMethod("paypal", "PayPal", PaymentMethodKind.STOREFRONT, "", "", "",
                    Map.of(LicenseTypeCode.MONTHLY, "https://shop.example/monthly")),
            method("gcash", Map.of()),
            new PaymentMethod("cashapp", "CashApp", PaymentMethodKind.MANUAL, "", " ", "", Map.of())));

    @Test
    void noMethodIsOfferedByDefault() {
        assertThat(PaymentMethods.none().all()).isEmpty();
        assertThat(PaymentMethods.none().isEmpty()).isTrue();
        assertThat(defaults.isEmpty()).isFalse();
    }

    @Test
    void aMethodIsPayableOnlyWithItsDetailsConfigured() {
        assertThat(defaults.require("gcash").payableFor(LicenseTypeCode.WEEKLY, GamePasses.none())).isTrue();
        assertThat(defaults.require("cashapp").payableFor(LicenseTypeCode.WEEKLY, WEEKLY_PASS)).isFalse();
        assertThat(defaults.require("paypal").payableFor(LicenseTypeCode.MONTHLY, GamePasses.none())).isTrue();
        assertThat(defaults.require("paypal").payableFor(LicenseTypeCode.WEEKLY, WEEKLY_PASS)).isFalse();
        assertThat(defaults.require("robux").payableFor(LicenseTypeCode.WEEKLY, WEEKLY_PASS)).isTrue();
        assertThat(defaults.require("robux").payableFor(LicenseTypeCode.MONTHLY, WEEKLY_PASS)).isFalse();
        assertThat(defaults.require("robux").payableFor(LicenseTypeCode.WEEKLY, GamePasses.none())).isFalse();
    }

    @Test
    void methodsOfAKindKeepTheirOrder() {
        assertThat(defaults.all()).extracting(PaymentMethod::code).containsExactly("robux", "paypal", "gcash", "cashapp");
        assertThat(defaults.ofKind(PaymentMethodKind.MANUAL)).extracting(PaymentMethod::code)
                .containsExactly("gcash", "cashapp");
        assertThat(defaults.require("gcash").linkFor(LicenseTypeCode.WEEKLY)).isEmpty();
    }

    @Test
    void unknownMethodsAreRefusedNamingTheField() {
        assertThat(defaults.find("bitcoin")).isEmpty();
        assertThat(defaults.find("gcash")).isPresent();
        assertThatThrownBy(() -> defaults.require("bitcoin"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("payment method");
                    assertThat(e.expected()).contains("gcash", "robux");
                });
    }

    @Test
    void codesAreDistinct() {
        PaymentMethod a = method("gcash", Map.of());
        assertThatThrownBy(() -> new PaymentMethods(List.of(a, method("gcash", Map.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gcash");
    }

    @Test
    void theListIsNotChangedThroughAll() {
        PaymentMethods methods = new PaymentMethods(List.of(method("gcash", Map.of())));
        methods.all().clear();
        assertThat(methods.all()).hasSize(1);
    }

    @Test
    void aMethodFillsOptionalPartsAndCopiesItsLinks() {
        Map<LicenseTypeCode, String> links = new HashMap<>(Map.of(LicenseTypeCode.WEEKLY, "https://x"));
        PaymentMethod method = new PaymentMethod("x", "X", PaymentMethodKind.STOREFRONT, null, null, null, links);
        links.clear();
        assertThat(method.description()).isEmpty();
        assertThat(method.details()).isEmpty();
        assertThat(method.icon()).isEmpty();
        assertThat(method.linkFor(LicenseTypeCode.WEEKLY)).contains("https://x");
        assertThat(method("y", null).links()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"GCash", "g cash", "g-cash", "abcdefghijabcdefghijabcdefghijabc"})
    void methodCodesAreLowerCaseWords(String code) {
        assertThatThrownBy(() -> method(code, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMethodHasANameAndAKind() {
        assertThatThrownBy(() -> new PaymentMethod("x", " ", PaymentMethodKind.MANUAL, "", "", "", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentMethod("x", null, PaymentMethodKind.MANUAL, "", "", "", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentMethod("x", "X", null, "", "", "", Map.of()))
                .isInstanceOf(NullPointerException.class);
    }

    private static PaymentMethod method(String code, Map<LicenseTypeCode, String> links) {
        return new PaymentMethod(code, "Name", PaymentMethodKind.MANUAL, "d", "pay here", "", links);
    }
}
