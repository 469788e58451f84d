package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awpt.application.port.SalesLedger;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.sale.Sale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SalesLedger} does: the fake and every real adapter extend this suite. */
public abstract class SalesLedgerContract {
    /** A moment of the test sales. */
    protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final DiscordUserId BUYER = new DiscordUserId(111_111_111_111L);

    /** The ledger under test, new and empty for each test. */
    protected SalesLedger ledger;

    /** A new, empty ledger. */
    protected abstract SalesLedger newLedger();

    @BeforeEach
    void emptyLedger() {
        ledger = newLedger();
    }

    private static Sale sale(String reference, Instant at, String method, Money amount, DiscordUserId buyer,
            String... keys) {
        return new Sale(reference, at, LicenseTypeCode.WEEKLY, method, amount, List.of(keys), buyer);
    }

    private List<Sale> between(Instant from, Instant to) {
        List<Sale> found = new ArrayList<>();
        long count = ledger.salesBetween(from, to, found::add);
        assertThat(count).isEqualTo(found.size());
        return found;
    }

    @Test
    void aRecordedSaleReadsBackWithEveryPart() {
        Sale robux = sale("robux:1:2:3", T0, "robux", Money.of("2400", Money.ROBUX), BUYER, "ABCD****WXYZ");
        Sale storefront = new Sale("storefront:sellix:inv-1:item", T0.plusSeconds(5), LicenseTypeCode.MONTHLY,
                "paypal", Money.of("49.98", "USD"), List.of("AAAA****0001", "AAAA****0002"), null);

        assertThat(ledger.record(robux)).isTrue();
        assertThat(ledger.record(storefront)).isTrue();

        assertThat(between(T0, T0.plusSeconds(60))).containsExactly(robux, storefront);
    }

    @Test
    void aSaleWithoutAnAmountKeepsNone() {
        Sale unpriced = sale("manual:s1", T0, "gcash", null, BUYER, "ABCD****WXYZ");
        ledger.record(unpriced);

        assertThat(between(T0, T0.plusSeconds(1))).singleElement()
                .satisfies(found -> assertThat(found.paid()).isEmpty());
    }

    @Test
    void amountsKeepTheirScale() {
        ledger.record(sale("a", T0, "paypal", Money.of("6.90", "USD"), BUYER, "K1"));
        ledger.record(sale("b", T0.plusSeconds(1), "gcash", Money.of("420", "PHP"), BUYER, "K2"));

        assertThat(between(T0, T0.plusSeconds(2))).extracting(found -> found.amount().amount().toPlainString())
                .containsExactly("6.90", "420");
    }

    @Test
    void theSameReferenceIsRecordedOnce() {
        Sale first = sale("robux:1:2:3", T0, "robux", Money.of("2400", Money.ROBUX), BUYER, "K1");

        assertThat(ledger.record(first)).isTrue();
        assertThat(ledger.record(sale("robux:1:2:3", T0.plusSeconds(9), "robux", null, BUYER, "K2"))).isFalse();

        assertThat(between(T0, T0.plusSeconds(60))).containsExactly(first);
    }

    @Test
    void theRangeIncludesItsStartAndExcludesItsEndOldestFirst() {
        ledger.record(sale("late", T0.plusSeconds(10), "robux", null, BUYER, "K3"));
        ledger.record(sale("b-start", T0, "robux", null, BUYER, "K2"));
        ledger.record(sale("a-start", T0, "robux", null, BUYER, "K1"));
        ledger.record(sale("before", T0.minusMillis(1), "robux", null, BUYER, "K0"));
        ledger.record(sale("end", T0.plusSeconds(20), "robux", null, BUYER, "K4"));

        assertThat(between(T0, T0.plusSeconds(20))).extracting(Sale::reference)
                .containsExactly("a-start", "b-start", "late");
        assertThat(between(T0.plusSeconds(30), T0.plusSeconds(40))).isEmpty();
    }

    @Test
    void concurrentRecordsOfOneSaleKeepExactlyOne() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Sale attempt = sale("storefront:x:1:1", T0, "paypal", Money.of(Integer.toString(i), "USD"), null, "K");
                results.add(pool.submit(() -> {
                    start.await();
                    return ledger.record(attempt);
                }));
            }
            start.countDown();
            int recorded = 0;
            for (Future<Boolean> result : results) {
                recorded += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(recorded).isEqualTo(1);
            assertThat(between(T0, T0.plusSeconds(1))).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
