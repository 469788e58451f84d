package org.awpt.adapters.sqlite;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.awpt.application.port.SalesLedger;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.sale.Sale;
import org.jdbi.v3.core.Handle;

/**
 * Sales in {@code sales}, one row per reference; amounts as decimal text, so no sum ever rounds
 * through a floating-point column (the report adds them up as {@link BigDecimal}s).
 */
final class SqliteSalesLedger implements SalesLedger {
    /** Every column of a sale, for a query to complete. */
    static final String COLUMNS = "SELECT reference, at, type, method, amount, currency, masked_keys, buyer FROM sales";
    private static final String KEY_SEPARATOR = " ";
    private final SqliteDatabase database;

    SqliteSalesLedger(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public boolean record(Sale sale) {
        Objects.requireNonNull(sale, "sale");
        return database.write(handle -> insertRow(handle, sale)) == 1;
    }

    /** Inserts a sale unless its reference is kept: 1 when inserted, 0 when present. */
    static int insertRow(Handle handle, Sale sale) {
        return handle.createUpdate("INSERT INTO sales "
                        + "(reference, at, type, method, amount, currency, masked_keys, buyer) "
                        + "VALUES (:reference, :at, :type, :method, :amount, :currency, :keys, :buyer) "
                        + "ON CONFLICT (reference) DO NOTHING")
                .bind("reference", sale.reference())
                .bind("at", Columns.millis(sale.at()))
                .bind("type", sale.type().value())
                .bind("method", sale.method())
                .bind("amount", sale.paid().map(money -> money.amount().toPlainString()).orElse(null))
                .bind("currency", sale.paid().map(Money::currency).orElse(null))
                .bind("keys", String.join(KEY_SEPARATOR, sale.maskedKeys()))
                .bind("buyer", Columns.user(sale.buyer()))
                .execute();
    }

    @Override
    public long salesBetween(Instant from, Instant to, Consumer<Sale> sink) {
        Objects.requireNonNull(sink, "sink");
        return database.read(handle -> {
            long[] handed = {0};
            try (Stream<Sale> rows = handle
                    .createQuery(COLUMNS + " WHERE at >= :from AND at < :to ORDER BY at, reference")
                    .bind("from", Columns.millis(from))
                    .bind("to", Columns.millis(to))
                    .map((row, context) -> sale(row))
                    .stream()) {
                rows.forEach(sale -> {
                    sink.accept(sale);
                    handed[0]++;
                });
            }
            return handed[0];
        });
    }

    /** The sale a row of {@link #COLUMNS} describes. */
    static Sale sale(ResultSet row) throws SQLException {
        String amount = row.getString("amount");
        Money paid = amount == null ? null : new Money(new BigDecimal(amount), row.getString("currency"));
        return new Sale(row.getString("reference"), Columns.instant(row, "at"),
                new LicenseTypeCode(row.getString("type")), row.getString("method"), paid,
                Arrays.asList(row.getString("masked_keys").split(KEY_SEPARATOR)), Columns.user(row, "buyer"));
    }
}
