package org.awpt.adapters.discord.export;

import java.util.List;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.sale.Sale;

/** The columns of a sales export (the command line's {@code awpt report --csv}): one row per sale, keys masked. */
public final class SalesTable {
    /** Columns of a sales export. */
    public static final List<String> COLUMNS = List.of("date", "type", "method", "amount", "currency", "order_id",
            "masked_keys", "buyer_id");

    private SalesTable() {
    }

    /**
     * One sale's cells: the time as ISO-8601 UTC, the amount as plain decimal text (empty with its currency
     * when the sale was recorded without one), the masked keys separated by spaces, the buyer's Discord id
     * (empty for a storefront customer known only by email).
     */
    public static List<String> row(Sale sale) {
        return List.of(sale.at().toString(), sale.type().value(), sale.method(),
                sale.paid().map(money -> money.amount().toPlainString()).orElse(""),
                sale.paid().map(Money::currency).orElse(""), sale.reference(), String.join(" ", sale.maskedKeys()),
                sale.buyer() == null ? "" : sale.buyer().asString());
    }
}
