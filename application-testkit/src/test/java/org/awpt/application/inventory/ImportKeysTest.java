package org.awpt.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.awpt.application.adminshop.AdminShop;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.lockdown.SetLockdown;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.LockedDownException;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.importing.ImportLimits;
import org.awpt.domain.importing.ImportReport;
import org.awpt.domain.importing.ImportTooLargeException;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.UnknownLicenseTypeException;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockLevel;
import org.junit.jupiter.api.Test;

class ImportKeysTest {
    private static final LicenseTypeCode WEEKLY = LicenseTypeCode.WEEKLY;

    private final AdminShop shop = new AdminShop();

    @Test
    void reportsEveryLineImportedInvalidDuplicateOrAlreadyPresent() {
        KeyCode a = TestKeys.code(1);
        KeyCode b = TestKeys.code(2);
        KeyCode present = TestKeys.code(3);
        shop.keys.insertAll(List.of(LicenseKey.inStock(present, LicenseTypeCode.MONTHLY, shop.clock.instant())));
        String file = "\uFEFF" + a.value() + "\r\n"
                + "not-a-key\r\n"
                + "\r\n"
                + "   " + b.value() + "  \r\n"
                + a.value() + "\r\n"
                + present.value() + "\r\n";

        ImportReport report = shop.inventory.importKeys(importOf(WEEKLY, file));

        assertThat(report.type()).isEqualTo(WEEKLY);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.invalidLines()).containsExactly(2);
        assertThat(report.duplicateLines()).containsExactly(5);
        assertThat(report.alreadyPresentLines()).containsExactly(6);
        for (KeyCode code : List.of(a, b)) {
            LicenseKey key = shop.keys.findByCode(code).orElseThrow();
            assertThat(key.status()).isEqualTo(KeyStatus.AVAILABLE);
            assertThat(key.type()).isEqualTo(WEEKLY);
            assertThat(key.createdAt()).isEqualTo(shop.clock.instant());
        }
        assertThat(shop.keys.findByCode(present).orElseThrow().type()).isEqualTo(LicenseTypeCode.MONTHLY);
    }

    @Test
    void anImportIsAuditedWithCountsAndNoKey() {
        String file = TestKeys.codes(0, 3).stream().map(KeyCode::value).collect(Collectors.joining("\n"));

        shop.inventory.importKeys(importOf(WEEKLY, file + "\nbad\n"));

        AuditEvent event = shop.auditLog.ofAction(AuditAction.KEYS_IMPORTED).get(0);
        assertThat(event.actor()).isEqualTo(AdminShop.ADMIN);
        assertThat(event.subject()).isEqualTo("weekly");
        assertThat(event.details()).containsEntry("imported", "3").containsEntry("invalid", "1")
                .containsEntry("duplicates", "0").containsEntry("alreadyPresent", "0");
        assertThat(event.toString()).doesNotContain(TestKeys.code(0).value());
    }

    @Test
    void largeFilesGoInBatchesAndAlreadyPresentKeysMapBackToTheirLines() {
        int count = 2_500;
        shop.keys.insertAll(List.of(LicenseKey.inStock(TestKeys.code(1_700), WEEKLY, shop.clock.instant())));
        String file = TestKeys.codes(0, count).stream().map(KeyCode::value).collect(Collectors.joining("\n"));

        ImportReport report = shop.inventory.importKeys(importOf(WEEKLY, file));

        assertThat(report.imported()).isEqualTo(count - 1);
        assertThat(report.alreadyPresentLines()).containsExactly(1_701);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(count);
    }

    @Test
    void eachCommittedBatchIsAuditedAsItLandsSoAnImportKilledMidwayLeavesItsTrace() {
        String file = TestKeys.codes(0, 2_500).stream().map(KeyCode::value).collect(Collectors.joining("\n"))
                + "\nnot-a-key";

        shop.inventory.importKeys(importOf(WEEKLY, file));

        List<AuditEvent> events = shop.auditLog.ofAction(AuditAction.KEYS_IMPORTED);
        assertThat(events).extracting(e -> e.details().get("batch")).containsExactly("1/3", "2/3", "3/3");
        assertThat(events).extracting(e -> e.details().get("imported")).containsExactly("1000", "1000", "500");
        assertThat(events.get(2).details()).containsEntry("importedTotal", "2500").containsEntry("invalid", "1");
        assertThat(events.get(0).details()).doesNotContainKey("invalid");
    }

    @Test
    void theReportShowsTheShapeOfTheFirstLineThatIsNotAKey() {
        ImportReport report = shop.inventory.importKeys(importOf(WEEKLY, "ABCD-1234-efgh\n"));

        assertThat(report.nothingValid()).isTrue();
        assertThat(report.firstInvalidShape()).contains("AAAA-9999-aaaa");
    }

    @Test
    void theStockIsRecountedAndItsChangeAnnounced() {
        shop.stock.startUp();
        String file = TestKeys.codes(0, 2).stream().map(KeyCode::value).collect(Collectors.joining("\n"));

        shop.inventory.importKeys(importOf(WEEKLY, file));

        assertThat(shop.stock.current().get(0).available()).isEqualTo(2);
        assertThat(shop.listener.changes())
                .containsExactly(new StockChange(WEEKLY, StockLevel.OUT_OF_STOCK, StockLevel.LOW, 2));
    }

    @Test
    void aTypeTheCatalogDoesNotListIsRefused() {
        assertThatThrownBy(() -> shop.inventory.importKeys(importOf(new LicenseTypeCode("daily"),
                TestKeys.code(0).value()))).isInstanceOf(UnknownLicenseTypeException.class);
        assertThat(shop.keys.size()).isZero();
    }

    @Test
    void importsLockedDownAreRefused() {
        shop.lockdown.set(new SetLockdown(AdminShop.admin(), Feature.IMPORTS, true, "stock audit"));

        assertThatThrownBy(() -> shop.inventory.importKeys(importOf(WEEKLY, TestKeys.code(0).value())))
                .isInstanceOf(LockedDownException.class);
        assertThat(shop.keys.size()).isZero();
    }

    @Test
    void aFileOverTheLimitsIsRefusedWhole() {
        AdminShop small = new AdminShop(AdminShop.settings(LicenseTypeCatalog.defaults(), new ImportLimits(10_000, 3),
                ZoneId.of("UTC")));
        String file = TestKeys.codes(0, 4).stream().map(KeyCode::value).collect(Collectors.joining("\n"));

        assertThatThrownBy(() -> small.inventory.importKeys(importOf(WEEKLY, file)))
                .isInstanceOfSatisfying(ImportTooLargeException.class,
                        e -> assertThat(e.details()).containsEntry("unit", "lines").containsEntry("limit", 3L));
        assertThat(small.keys.size()).isZero();
        assertThat(small.auditLog.all()).isEmpty();
    }

    private static ImportKeys importOf(LicenseTypeCode type, String text) {
        return new ImportKeys(AdminShop.admin(), type, text.getBytes(StandardCharsets.UTF_8));
    }
}
