package org.awpt.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.awpt.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentDetailsTest {

    @Test
    void stripsEveryFieldAndEmptiesMissingOptionalOnes() {
        PaymentDetails details = new PaymentDetails("  GCash ", " TX-9 ", " 0917 ", "  thanks ");
        assertThat(details).isEqualTo(new PaymentDetails("GCash", "TX-9", "0917", "thanks"));
        PaymentDetails minimal = new PaymentDetails("CashApp", null, "me@example.com", null);
        assertThat(minimal.transactionId()).isEmpty();
        assertThat(minimal.notes()).isEmpty();
    }

    /** Which field, filled with how many characters, is refused (0 means blank). */
    @ParameterizedTest(name = "{0} of {1} characters")
    @CsvSource({
        "payment method, 0",
        "payment method, 101",
        "transaction id, 201",
        "contact, 0",
        "contact, 201",
        "notes, 1001"
    })
    void refusesAFieldNamingIt(String field, int length) {
        String value = length == 0 ? "   " : "x".repeat(length);
        assertThatThrownBy(() -> withField(field, value))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @ParameterizedTest(name = "{0} of {1} characters")
    @CsvSource({"payment method, 100", "transaction id, 200", "contact, 200", "notes, 1000"})
    void acceptsEachFieldAtItsLimit(String field, int length) {
        PaymentDetails details = withField(field, "x".repeat(length));
        assertThat(java.util.List.of(details.methodUsed(), details.transactionId(), details.contact(), details.notes()))
                .contains("x".repeat(length));
    }

    @Test
    void requiredFieldsRefuseNull() {
        assertThatThrownBy(() -> new PaymentDetails(null, "", "c", ""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("payment method"));
        assertThatThrownBy(() -> new PaymentDetails("m", "", null, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("contact"));
    }

    @Test
    void surroundingSpacesDoNotCountTowardsTheLimit() {
        assertThat(new PaymentDetails(" " + "x".repeat(100) + " ", "", "c", "").methodUsed()).hasSize(100);
    }

    private static PaymentDetails withField(String field, String value) {
        return switch (field) {
            case "payment method" -> new PaymentDetails(value, "tx", "contact", "notes");
            case "transaction id" -> new PaymentDetails("GCash", value, "contact", "notes");
            case "contact" -> new PaymentDetails("GCash", "tx", value, "notes");
            case "notes" -> new PaymentDetails("GCash", "tx", "contact", value);
            default -> throw new IllegalArgumentException(field);
        };
    }
}
