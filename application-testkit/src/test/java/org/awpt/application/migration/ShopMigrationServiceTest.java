package org.awpt.application.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.awpt.application.fake.InMemoryAuditLog;
import org.awpt.application.fake.InMemoryCooldownStore;
import org.awpt.application.fake.InMemoryKeyRequestRepository;
import org.awpt.application.fake.InMemoryLicenseKeyRepository;
import org.awpt.application.fake.InMemoryLockdownStore;
import org.awpt.application.fake.InMemoryOnceRegistry;
import org.awpt.application.fake.InMemoryPaymentSessionRepository;
import org.awpt.application.fake.InMemoryProofStore;
import org.awpt.application.fake.InMemoryPurchaseTicketRepository;
import org.awpt.application.fake.InMemorySalesLedger;
import org.awpt.application.fake.InMemoryStorefrontVisitRepository;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.ShopRecords;
import org.awpt.application.port.StoredProof;
import org.awpt.application.port.StoredRecords;
import org.awpt.application.port.UnreadableRecord;
import org.awpt.application.shared.Authorization;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.sale.Sale;
import org.junit.jupiter.api.Test;

/** Moving a shop between two stores: who may, what is copied, in what batches, what is reported. */
class ShopMigrationServiceTest {
    private static final DiscordUserId ADMIN = new DiscordUserId(42L);
    private static final Requester AN_ADMIN = Requester.of(ADMIN);
    private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");
    private final ShopMigrationService migration = new ShopMigrationService(
            new Authorization(new AccessPolicy(Set.of(ADMIN), Set.of(), Set.of(), Set.of())));

    @Test
    void everyKindIsCopiedWithExactCountsAndARerunCopiesNothing() {
        ShopRecords source = fakes();
        List<LicenseKey> keys = keys(1_201);
        source.licenseKeys().importPreserving(keys);
        List<StoredProof> proofs = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            proofs.add(new StoredProof(String.format("%024x", i), new SessionId("session00000000000" + i),
                    ProofFormat.PNG, new byte[] {1, (byte) i}, T0));
        }
        source.proofs().importPreserving(proofs);
        source.auditEvents().importPreserving(List.of(new AuditEvent("event-1", T0, ADMIN, AuditAction.KEYS_IMPORTED,
                "weekly", java.util.Map.of("count", "1201"))));
        ShopRecords target = fakes();
        List<String> told = new ArrayList<>();

        MigrationReport report = migration.migrate(AN_ADMIN, source, target, line -> told.add(line.name()));

        assertThat(told).containsExactly("license keys", "sales", "payment sessions", "payment proofs", "key requests",
                "storefront visits", "purchase tickets", "once-marks", "audit events", "cooldowns", "lockdowns");
        assertThat(report.collections()).extracting(CollectionCopy::name).containsExactlyElementsOf(told);
        assertThat(line(report, "license keys")).isEqualTo(new CollectionCopy("license keys", 1_201, 1_201, 0,
                List.of(), List.of()));
        assertThat(line(report, "payment proofs").copied()).isEqualTo(9);
        assertThat(line(report, "audit events").copied()).isOne();
        assertThat(line(report, "cooldowns").read()).isZero();
        assertThat(report.copied()).isEqualTo(1_211);
        assertThat(report.complete()).isTrue();
        assertThat(exported(target.licenseKeys())).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(exported(target.proofs())).containsExactlyInAnyOrderElementsOf(proofs);

        MigrationReport again = migration.migrate(AN_ADMIN, source, target, line -> { });

        assertThat(again.copied()).isZero();
        assertThat(line(again, "license keys").alreadyPresent()).isEqualTo(1_201);
        assertThat(again.complete()).isTrue();
    }

    @Test
    void theSalesLedgerArrivesWholeAndARerunRecordsNoSaleTwice() {
        InMemorySalesLedger from = new InMemorySalesLedger();
        InMemorySalesLedger into = new InMemorySalesLedger();
        ShopRecords source = fakes(from);
        List<Sale> sales = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            sales.add(new Sale("robux:4242:77:" + i, T0.plusSeconds(i), LicenseTypeCode.WEEKLY, "robux",
                    Money.of("250", Money.ROBUX), List.of("MOVE..." + i), ADMIN));
        }
        sales.add(new Sale("storefront:sellix:inv-1:item-1", T0, LicenseTypeCode.MONTHLY, "paypal",
                Money.of("6.99", "USD"), List.of("MOVE...a", "MOVE...b"), null));
        sales.forEach(from::record);
        ShopRecords target = fakes(into);

        MigrationReport report = migration.migrate(AN_ADMIN, source, target, line -> { });
        MigrationReport again = migration.migrate(AN_ADMIN, source, target, line -> { });

        assertThat(line(report, "sales")).isEqualTo(new CollectionCopy("sales", 502, 502, 0, List.of(), List.of()));
        assertThat(line(again, "sales")).isEqualTo(new CollectionCopy("sales", 502, 0, 502, List.of(), List.of()));
        List<Sale> ledger = new ArrayList<>();
        into.salesBetween(T0, T0.plusSeconds(86_400), ledger::add);
        assertThat(ledger).containsExactlyInAnyOrderElementsOf(sales);
    }

    @Test
    void recordsGoToTheTargetInBoundedBatches() {
        ShopRecords source = fakes();
        source.licenseKeys().importPreserving(keys(1_201));
        List<Integer> batches = new ArrayList<>();
        InMemoryLicenseKeyRepository into = new InMemoryLicenseKeyRepository();
        StoredRecords<LicenseKey> counting = new StoredRecords<>() {
            @Override
            public RecordScan exportAll(Consumer<? super LicenseKey> sink) {
                return into.exportAll(sink);
            }

            @Override
            public CopyOutcome importPreserving(List<? extends LicenseKey> records) {
                batches.add(records.size());
                return into.importPreserving(records);
            }
        };
        ShopRecords target = fakes();
        target = new ShopRecords(counting, target.paymentSessions(), target.proofs(), target.keyRequests(),
                target.storefrontVisits(), target.purchaseTickets(), target.onceMarks(), target.auditEvents(),
                target.cooldowns(), target.lockdowns(), target.sales());

        migration.migrate(AN_ADMIN, source, target, line -> { });

        assertThat(batches).containsExactly(500, 500, 201);
    }

    @Test
    void unreadableRowsAndRefusedRecordsAreReportedNotDropped() {
        ShopRecords fakes = fakes();
        LicenseKey readable = keys(1).get(0);
        StoredRecords<LicenseKey> damaged = new StoredRecords<>() {
            @Override
            public RecordScan exportAll(Consumer<? super LicenseKey> sink) {
                sink.accept(readable);
                return new RecordScan(1, List.of(new UnreadableRecord("65f0c0ffee", "IllegalArgumentException")));
            }

            @Override
            public CopyOutcome importPreserving(List<? extends LicenseKey> records) {
                throw new AssertionError("not a target");
            }
        };
        ShopRecords source = new ShopRecords(damaged, fakes.paymentSessions(), fakes.proofs(), fakes.keyRequests(),
                fakes.storefrontVisits(), fakes.purchaseTickets(), fakes.onceMarks(), fakes.auditEvents(),
                fakes.cooldowns(), fakes.lockdowns(), fakes.sales());
        ShopRecords target = fakes();

        MigrationReport report = migration.migrate(AN_ADMIN, source, target, line -> { });

        CollectionCopy keys = line(report, "license keys");
        assertThat(keys.read()).isOne();
        assertThat(keys.copied()).isOne();
        assertThat(keys.unreadable()).containsExactly(new UnreadableRecord("65f0c0ffee", "IllegalArgumentException"));
        assertThat(keys.complete()).isFalse();
        assertThat(report.complete()).isFalse();
    }

    @Test
    void onlyAnAdminMovesTheShopAndNothingIsCopiedForOthers() {
        ShopRecords source = fakes();
        source.licenseKeys().importPreserving(keys(3));
        ShopRecords target = fakes();

        assertThatThrownBy(() -> migration.migrate(Requester.of(new DiscordUserId(7L)), source, target, line -> { }))
                .isInstanceOf(NotAuthorizedException.class);
        assertThat(exported(target.licenseKeys())).isEmpty();
    }

    @Test
    void aStoreIsNotCopiedIntoItself() {
        ShopRecords shop = fakes();
        assertThatThrownBy(() -> migration.migrate(AN_ADMIN, shop, shop, line -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the same store");
    }

    @Test
    void aReportLineWhoseCountsDoNotAddUpIsABug() {
        assertThatThrownBy(() -> new CollectionCopy("license keys", 3, 1, 1, List.of(), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must add up");
    }

    private static ShopRecords fakes() {
        return fakes(new InMemorySalesLedger());
    }

    private static ShopRecords fakes(InMemorySalesLedger sales) {
        return new ShopRecords(new InMemoryLicenseKeyRepository(), new InMemoryPaymentSessionRepository(),
                new InMemoryProofStore(), new InMemoryKeyRequestRepository(), new InMemoryStorefrontVisitRepository(),
                new InMemoryPurchaseTicketRepository(), new InMemoryOnceRegistry(), new InMemoryAuditLog(),
                new InMemoryCooldownStore(), new InMemoryLockdownStore(), sales);
    }

    private static List<LicenseKey> keys(int n) {
        List<LicenseKey> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(LicenseKey.inStock(new KeyCode(String.format("MOVE%028d", i)), LicenseTypeCode.WEEKLY, T0));
        }
        return keys;
    }

    private static CollectionCopy line(MigrationReport report, String name) {
        return report.collections().stream().filter(line -> line.name().equals(name)).findFirst().orElseThrow();
    }

    private static <T> List<T> exported(StoredRecords<T> records) {
        List<T> all = new ArrayList<>();
        Consumer<T> sink = all::add;
        records.exportAll(sink);
        return all;
    }
}
