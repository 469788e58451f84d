package org.awpt.application.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.awpt.domain.pricing.Money;

/**
 * The recorded sales of one payment method in one currency over a period.
 *
 * @param method   the payment method's code
 * @param currency the currency; empty for the method's sales recorded without an amount
 * @param sales    how many sales
 * @param keys     how many keys they sold
 * @param total    the sum of their amounts; zero when the currency is empty
 */
public record RevenueLine(String method, String currency, long sales, long keys, BigDecimal total) {
    /** Checks the parts. */
    public RevenueLine {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(total, "total");
        if (sales < 1 || keys < sales) {
            throw new IllegalArgumentException("a revenue line counts at least one sale, each of a key or more");
        }
    }

    /** The total as money, unless these sales were recorded without an amount. */
    public Optional<Money> amount() {
        return currency.isEmpty() ? Optional.empty() : Optional.of(new Money(total, currency));
    }
}
