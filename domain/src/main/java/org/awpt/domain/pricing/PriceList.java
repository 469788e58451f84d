package org.awpt.domain.pricing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awpt.domain.license.LicenseTypeCode;

/** The prices of each license type, in each currency the shop shows. */
public final class PriceList {
    private final Map<LicenseTypeCode, List<Money>> prices;

    /** Creates the list; each type has at most one price per currency. */
    public PriceList(Map<LicenseTypeCode, List<Money>> prices) {
        Map<LicenseTypeCode, List<Money>> copy = new LinkedHashMap<>();
        prices.forEach((type, list) -> {
            if (list.stream().map(Money::currency).distinct().count() != list.size()) {
                throw new IllegalArgumentException("two prices in one currency for " + type);
            }
            copy.put(type, List.copyOf(list));
        });
        this.prices = copy;
    }

    /** The specification's prices: weekly 2,400 Robux, $6.99, ₱420; monthly 8,600 Robux, $24.99, ₱1,300. */
    public static PriceList defaults() {
        Map<LicenseTypeCode, List<Money>> prices = new LinkedHashMap<>();
        prices.put(LicenseTypeCode.WEEKLY,
                List.of(Money.of("2400", Money.ROBUX), Money.of("6.99", "USD"), Money.of("420", "PHP")));
        prices.put(LicenseTypeCode.MONTHLY,
                List.of(Money.of("8600", Money.ROBUX), Money.of("24.99", "USD"), Money.of("1300", "PHP")));
        return new PriceList(prices);
    }

    /** Every price of a type, in display order; empty when the type has none. */
    public List<Money> pricesOf(LicenseTypeCode type) {
        return prices.getOrDefault(type, List.of());
    }

    /** The price of a type in one currency. */
    public Optional<Money> priceOf(LicenseTypeCode type, String currency) {
        return pricesOf(type).stream().filter(m -> m.currency().equals(currency)).findFirst();
    }
}
