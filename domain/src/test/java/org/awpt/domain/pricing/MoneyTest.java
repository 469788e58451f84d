package org.awpt.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} {1} reads {2}")
    @CsvSource(delimiter = '|', value = {
        "6.99|USD|$6.99",
        "24.99|USD|$24.99",
        "420|PHP|\u20B1420",
        "1300|PHP|\u20B11,300",
        "2400|ROBUX|2,400 Robux",
        "8600|ROBUX|8,600 Robux",
        "10.00|EUR|10.00 EUR",
        "6.5|USD|$6.50",
        "1234567.5|USD|$1,234,567.50",
        "0|USD|$0"
    })
    void displaysAsBuyersReadIt(String amount, String currency, String shown) {
        Money money = Money.of(amount, currency);
        assertThat(money.display()).isEqualTo(shown);
        assertThat(money).hasToString(shown);
    }

    @Test
    void displayDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Money.of("1300.5", "USD").display()).isEqualTo("$1,300.50");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anAmountIsNotNegative() {
        assertThatThrownBy(() -> Money.of("-0.01", "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(null, "USD")).isInstanceOf(NullPointerException.class);
        assertThat(new Money(BigDecimal.ZERO, "USD").amount()).isZero();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"usd", "US", "DOLLAR", "U5D", "₱"})
    void aCurrencyIsThreeToFiveCapitals(String currency) {
        assertThatThrownBy(() -> Money.of("1", currency)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void robuxIsACurrencyCode() {
        assertThat(Money.ROBUX).isEqualTo("ROBUX");
        assertThat(Money.of("1", "ROBUX")).isEqualTo(new Money(BigDecimal.ONE, Money.ROBUX));
    }
}
