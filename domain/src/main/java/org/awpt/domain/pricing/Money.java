package org.awpt.domain.pricing;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in a currency. Currencies are codes such as {@code USD}, {@code PHP}, or {@code ROBUX}.
 *
 * @param amount   not negative
 * @param currency 3 to 5 upper-case letters
 */
public record Money(BigDecimal amount, String currency) {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3,5}");

    /** Robux, Roblox's currency. */
    public static final String ROBUX = "ROBUX";

    /** Checks the amount is not negative and the currency well formed. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an amount is not negative");
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("a currency is 3-5 upper-case letters: " + currency);
        }
    }

    /** An amount from its decimal text, such as {@code 6.99}. */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** How buyers read it: {@code $6.99}, {@code ₱420}, {@code 2,400 Robux}, {@code 10.00 EUR}. */
    public String display() {
        DecimalFormat grouped = new DecimalFormat(amount.scale() > 0 ? "#,##0.00" : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        String number = grouped.format(amount);
        return switch (currency) {
            case "USD" -> "$" + number;
            case "PHP" -> "\u20B1" + number;
            case ROBUX -> number + " Robux";
            default -> number + " " + currency;
        };
    }

    @Override
    public String toString() {
        return display();
    }
}
