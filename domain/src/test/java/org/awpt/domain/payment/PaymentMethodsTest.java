package org.awpt.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentMethodsTest {
    private final PaymentMethods defaults = PaymentMethods.defaults();

    @Test
    void defaultsAreTheSpecificationsMethodsInOrder() {
        assertThat(defaults.all()).extracting(PaymentMethod::code)
                .containsExactly("robux", "paypal", "international", "cashapp", "applepay", "gcash");
        assertThat(defaults.ofKind(PaymentMethodKind.ROBUX)).extracting(PaymentMethod::code).containsExactly("robux");
        assertThat(defaults.ofKind(PaymentMethodKind.STOREFRONT)).extracting(PaymentMethod::code)
                .containsExactly("paypal");
        assertThat(defaults.ofKind(PaymentMethodKind.MANUAL)).extracting(PaymentMethod::code)
                .containsExactly("international", "cashapp", "applepay", "gcash");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cashapp|CashApp|$den7i",
        "applepay|Apple Pay|6892412574",
        "gcash|GCash|09356040108",
        "international|International Payment|https://www.g2a.com/binance-gift-card-75-usdt-key-i10000337768028"
    })
    void manualMethodsShowWhereToPay(String code, String name, String details) {
        PaymentMethod method = defaults.require(code);
        assertThat(method.displayName()).isEqualTo(name);
        assertThat(method.details()).isEqualTo(details);
        assertThat(method.kind()).isEqualTo(PaymentMethodKind.MANUAL);
    }

    @Test
    void methodsKeepTheirDescriptionAndIcon() {
        assertThat(defaults.require("robux").description()).isEqualTo("Pay with Roblox gamepass");
        assertThat(defaults.require("paypal").description()).isEqualTo("Pay through our SellPass website");
        PaymentMethod international = defaults.require("international");
        assertThat(international.description()).isEqualTo("G2A, PIX, iDEAL, etc.");
        assertThat(international.icon()).isEqualTo("\uD83C\uDF0D");
    }

    @Test
    void robuxAndPaypalLinkEachType() {
        PaymentMethod robux = defaults.require("robux");
        assertThat(robux.linkFor(LicenseTypeCode.WEEKLY))
                .contains("https://www.roblox.com/game-pass/1022970504/Donation-Awp-Party");
        assertThat(robux.linkFor(LicenseTypeCode.MONTHLY))
                .contains("https://www.roblox.com/game-pass/1030833419/BIG-DONATION-AWP-MONTH");
        PaymentMethod paypal = defaults.require("paypal");
        assertThat(paypal.linkFor(LicenseTypeCode.WEEKLY)).contains("https://buyawp.sellpass.io/products/weekly");
        assertThat(paypal.linkFor(LicenseTypeCode.MONTHLY)).contains("https://buyawp.sellpass.io/products/monthly");
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
