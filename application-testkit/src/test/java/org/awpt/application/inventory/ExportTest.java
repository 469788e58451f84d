package org.awpt.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.awpt.application.adminshop.AdminShop;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.KeyScan;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.junit.jupiter.api.Test;

class ExportTest {
    private static final LicenseTypeCode WEEKLY = LicenseTypeCode.WEEKLY;

    private final AdminShop shop = new AdminShop();

    @Test
    void everyRowHoldsTheFullCodeAndWhereTheKeyWent() {
        List<LicenseKey> stocked = shop.stockKeys(WEEKLY, 3);
        OrderId robuxOrder = OrderId.forRobuxPurchase(new RobloxUserId(77), 5, 9);
        LicenseKey sold = shop.keys.claim(new ClaimOrder(robuxOrder, LicenseType.weekly(), AdminShop.BUYER,
                new RobloxUserId(77), "ticket-1"), shop.clock.instant()).orElseThrow();
        OrderId line = new OrderId("request:test:0");
        shop.keys.reserve(line, WEEKLY, AdminShop.SUPPORT, shop.clock.instant());
        LicenseKey approved = shop.keys.approveReservation(line, AdminShop.ADMIN, shop.clock.instant()).orElseThrow();

        List<KeyExportRow> rows = export(KeyFilter.ALL);

        assertThat(rows).hasSize(3);
        KeyExportRow soldRow = rows.get(0);
        assertThat(soldRow.code()).isEqualTo(stocked.get(0).code().value()).isEqualTo(sold.code().value());
        assertThat(soldRow.type()).isEqualTo(WEEKLY);
        assertThat(soldRow.status()).isEqualTo(KeyStatus.USED);
        assertThat(soldRow.holder()).isEqualTo(AdminShop.BUYER);
        assertThat(soldRow.roblox()).isEqualTo(new RobloxUserId(77));
        assertThat(soldRow.orderId()).isEqualTo(robuxOrder);
        assertThat(soldRow.createdAt()).isEqualTo(stocked.get(0).createdAt());
        assertThat(soldRow.usedAt()).isEqualTo(shop.clock.instant());
        assertThat(soldRow.expiresAt()).isEqualTo(sold.expiresAt());
        KeyExportRow requestedRow = rows.get(1);
        assertThat(requestedRow.code()).isEqualTo(approved.code().value());
        assertThat(requestedRow.status()).isEqualTo(KeyStatus.REQUESTED);
        assertThat(requestedRow.requestedBy()).isEqualTo(AdminShop.SUPPORT);
        assertThat(requestedRow.approvedBy()).isEqualTo(AdminShop.ADMIN);
        KeyExportRow inStock = rows.get(2);
        assertThat(inStock.holder()).isNull();
        assertThat(inStock.usedAt()).isNull();
        assertThat(inStock.orderId()).isNull();
        assertThat(inStock.toString()).doesNotContain(inStock.code()).contains(stocked.get(2).code().masked());
    }

    @Test
    void anExportIsAuditedWithItsCountAndFilterButNoKey() {
        List<LicenseKey> stocked = shop.stockKeys(WEEKLY, 2);

        export(KeyFilter.of(WEEKLY, KeyStatus.AVAILABLE));

        AuditEvent event = shop.auditLog.ofAction(AuditAction.KEYS_EXPORTED).get(0);
        assertThat(event.actor()).isEqualTo(AdminShop.ADMIN);
        assertThat(event.details()).containsEntry("count", "2").containsEntry("type", "weekly")
                .containsEntry("status", "available");
        assertThat(event.toString()).doesNotContain(stocked.get(0).code().value());
    }

    @Test
    void largeInventoriesAreExportedWhole() {
        shop.stockKeys(WEEKLY, 2_345);
        shop.stockKeys(LicenseTypeCode.MONTHLY, 5);

        assertThat(export(KeyFilter.of(WEEKLY, null))).hasSize(2_345)
                .extracting(KeyExportRow::code).doesNotHaveDuplicates();
        assertThat(export(null)).hasSize(2_350);
        assertThat(shop.auditLog.ofAction(AuditAction.KEYS_EXPORTED)).extracting(e -> e.details().get("type"))
                .containsExactly("weekly", "all");
    }

    @Test
    void exactlyOneBatchIsExportedWhole() {
        shop.stockKeys(WEEKLY, 1_000);

        assertThat(export(KeyFilter.ALL)).hasSize(1_000);
    }

    @Test
    void theScanSaysHowManyRowsWereHandedOver() {
        shop.stockKeys(WEEKLY, 7);
        List<KeyExportRow> rows = new ArrayList<>();

        KeyScan scan = shop.inventory.export(AdminShop.admin(), KeyFilter.ALL, rows::add);

        assertThat(scan.keys()).isEqualTo(7);
        assertThat(scan.complete()).isTrue();
        assertThat(rows).hasSize(7);
    }

    @Test
    void anExportWhoseSinkFailsMidwayIsAuditedWithWhatLeftTheStore() {
        shop.stockKeys(WEEKLY, 5);
        int[] written = {0};

        assertThatThrownBy(() -> shop.inventory.export(AdminShop.admin(),
                KeyFilter.ALL, row -> {
                    if (++written[0] == 3) {
                        throw new IllegalStateException("disk full");
                    }
                })).hasMessage("disk full");

        AuditEvent event = shop.auditLog.ofAction(AuditAction.KEYS_EXPORTED).get(0);
        assertThat(event.details()).containsEntry("count", "2").containsEntry("outcome", "failed");
    }

    private List<KeyExportRow> export(KeyFilter filter) {
        List<KeyExportRow> rows = new ArrayList<>();
        shop.inventory.export(AdminShop.admin(), filter, rows::add);
        return rows;
    }
}
