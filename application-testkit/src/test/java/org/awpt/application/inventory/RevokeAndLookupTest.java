package org.awpt.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.awpt.application.adminshop.AdminShop;
import org.awpt.application.fake.TestKeys;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockLevel;
import org.junit.jupiter.api.Test;

class RevokeAndLookupTest {
    private static final LicenseTypeCode WEEKLY = LicenseTypeCode.WEEKLY;

    private final AdminShop shop = new AdminShop();

    @Test
    void anAdminRevokesASoldKeyWithAReasonAndItIsAuditedMasked() {
        shop.stockKeys(WEEKLY, 20);
        LicenseKey sold = shop.sell(WEEKLY, AdminShop.BUYER, shop.clock.instant());

        LicenseKey revoked = shop.inventory.revoke(new RevokeKey(AdminShop.admin(), sold.code(), " chargeback "));

        assertThat(revoked.status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(revoked.revokedBy()).isEqualTo(AdminShop.ADMIN);
        assertThat(revoked.revokeReason()).isEqualTo("chargeback");
        assertThat(shop.keys.findByCode(sold.code())).contains(revoked);
        AuditEvent event = shop.auditLog.ofAction(AuditAction.KEY_REVOKED).get(0);
        assertThat(event.subject()).isEqualTo(sold.code().masked());
        assertThat(event.details()).containsEntry("reason", "chargeback").containsEntry("previousStatus", "used")
                .containsEntry("holder", AdminShop.BUYER.asString());
        assertThat(event.toString()).doesNotContain(sold.code().value());
    }

    @Test
    void revokingAKeyInStockLowersTheStockAndAnnouncesTheChange() {
        List<LicenseKey> stocked = shop.stockKeys(WEEKLY, 2);
        shop.stock.startUp();

        shop.inventory.revoke(new RevokeKey(AdminShop.admin(), stocked.get(0).code(), "leaked"));

        assertThat(shop.stock.current().get(0).available()).isEqualTo(1);
        assertThat(shop.listener.changes())
                .containsExactly(new StockChange(WEEKLY, StockLevel.LOW, StockLevel.CRITICAL, 1));
        assertThat(shop.auditLog.ofAction(AuditAction.KEY_REVOKED).get(0).details()).doesNotContainKey("holder");
    }

    @Test
    void aReasonIsRequired() {
        List<LicenseKey> stocked = shop.stockKeys(WEEKLY, 1);

        for (String reason : new String[] {null, "", "   ", "x".repeat(501)}) {
            assertThatThrownBy(() -> shop.inventory.revoke(new RevokeKey(AdminShop.admin(), stocked.get(0).code(),
                    reason))).isInstanceOf(InvalidInputException.class);
        }
        assertThat(shop.keys.findByCode(stocked.get(0).code()).orElseThrow().status()).isEqualTo(KeyStatus.AVAILABLE);
    }

    @Test
    void anUnknownKeyIsNotFound() {
        assertThatThrownBy(() -> shop.inventory.revoke(new RevokeKey(AdminShop.admin(), TestKeys.code(42), "leak")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageNotContaining(TestKeys.code(42).value());
    }

    @Test
    void aRevokedKeyIsNotRevokedAgain() {
        List<LicenseKey> stocked = shop.stockKeys(WEEKLY, 1);
        shop.inventory.revoke(new RevokeKey(AdminShop.admin(), stocked.get(0).code(), "leak"));

        assertThatThrownBy(() -> shop.inventory.revoke(new RevokeKey(AdminShop.admin(), stocked.get(0).code(),
                "again"))).isInstanceOf(IllegalTransitionException.class);
        assertThat(shop.auditLog.ofAction(AuditAction.KEY_REVOKED)).hasSize(1);
        assertThat(shop.keys.findByCode(stocked.get(0).code()).orElseThrow().revokeReason()).isEqualTo("leak");
    }

    @Test
    void lookupListsAUsersLicensesNewestFirst() {
        shop.stockKeys(WEEKLY, 5);
        LicenseKey older = shop.sell(WEEKLY, AdminShop.BUYER, shop.clock.instant().minus(Duration.ofDays(8)));
        LicenseKey newer = shop.sell(WEEKLY, AdminShop.BUYER, shop.clock.instant());
        shop.sell(WEEKLY, AdminShop.SUPPORT, shop.clock.instant());

        assertThat(shop.inventory.lookup(AdminShop.admin(), AdminShop.BUYER)).containsExactly(newer, older);
        assertThat(shop.inventory.lookup(AdminShop.admin(), AdminShop.OTHER_ADMIN)).isEmpty();
    }
}
