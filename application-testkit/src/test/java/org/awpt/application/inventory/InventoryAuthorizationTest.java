package org.awpt.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.awpt.application.adminshop.AdminShop;
import org.awpt.application.port.KeyFilter;
import org.awpt.domain.ConsoleOperator;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every inventory method refuses support staff and buyers, and changes nothing for them; the console's
 * operator runs the operator commands (import, export, statistics, reports), audited as the console.
 */
class InventoryAuthorizationTest {
    private static final LicenseTypeCode WEEKLY = LicenseTypeCode.WEEKLY;

    static Stream<Requester> notAdmins() {
        return Stream.of(AdminShop.support(), AdminShop.buyer());
    }

    @ParameterizedTest
    @MethodSource("notAdmins")
    void everyMethodIsForAdminsOnly(Requester who) {
        AdminShop shop = new AdminShop();
        List<LicenseKey> stocked = shop.stockKeys(WEEKLY, 3);
        InventoryUseCase inventory = shop.inventory;
        byte[] file = (stocked.get(0).code().value() + "\n").getBytes(StandardCharsets.UTF_8);

        Map<String, ThrowingCallable> calls = Map.of(
                "import", () -> inventory.importKeys(new ImportKeys(who, WEEKLY, file)),
                "statistics", () -> inventory.statistics(who),
                "transactions", () -> shop.reports.transactions(who, shop.reports.lastDays(7)),
                "sales export", () -> shop.reports.exportSales(who, shop.reports.lastDays(7), sale -> { }),
                "list", () -> inventory.listKeys(who, KeyFilter.ALL, 0, 10),
                "search", () -> inventory.search(who, "TestKey"),
                "export", () -> inventory.export(who, KeyFilter.ALL, row -> { }),
                "revoke", () -> inventory.revoke(new RevokeKey(who, stocked.get(0).code(), "mine now")),
                "lookup", () -> inventory.lookup(who, AdminShop.BUYER));

        calls.forEach((name, call) -> assertThatThrownBy(call).as(name).isInstanceOf(NotAuthorizedException.class));
        assertThat(shop.auditLog.all()).isEmpty();
        assertThat(shop.keys.count(KeyFilter.of(WEEKLY, KeyStatus.AVAILABLE))).isEqualTo(3);
        assertThat(shop.keys.size()).isEqualTo(3);
    }

    @org.junit.jupiter.api.Test
    void theConsolesOperatorImportsExportsAndReadsStatisticsAuditedAsTheConsoleButDoesNothingElse() {
        AdminShop shop = new AdminShop();
        List<LicenseKey> stocked = shop.stockKeys(WEEKLY, 3);
        InventoryUseCase inventory = shop.inventory;
        ConsoleOperator alice = new ConsoleOperator("alice");
        Requester console = Requester.atConsole(alice);
        byte[] file = (org.awpt.application.fake.TestKeys.code(900).value() + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(inventory.importKeys(new ImportKeys(console, WEEKLY, file)).imported()).isEqualTo(1);
        assertThat(inventory.statistics(console)).isNotNull();
        assertThat(shop.reports.transactions(console, shop.reports.lastDays(7))).isNotNull();
        assertThat(shop.reports.exportSales(console, shop.reports.lastDays(7), sale -> { })).isZero();
        assertThat(inventory.export(console, KeyFilter.ALL, row -> { }).keys()).isEqualTo(4);

        assertThat(shop.auditLog.all()).filteredOn(event -> event.actor() != null).extracting(AuditEvent::action)
                .containsExactly(AuditAction.KEYS_IMPORTED, AuditAction.KEYS_EXPORTED);
        assertThat(shop.auditLog.all()).filteredOn(event -> event.actor() != null).extracting(AuditEvent::actor)
                .containsOnly(alice);
        Map<String, ThrowingCallable> adminOnly = Map.of(
                "list", () -> inventory.listKeys(console, KeyFilter.ALL, 0, 10),
                "search", () -> inventory.search(console, "TestKey"),
                "revoke", () -> inventory.revoke(new RevokeKey(console, stocked.get(0).code(), "mine now")),
                "lookup", () -> inventory.lookup(console, AdminShop.BUYER));
        adminOnly.forEach((name, call) -> assertThatThrownBy(call).as(name).isInstanceOf(NotAuthorizedException.class));
    }

    @org.junit.jupiter.api.Test
    void anImportTypedAtTheConsoleAsAnAdminIsAttributedToThatAdmin() {
        AdminShop shop = new AdminShop();
        byte[] file = (org.awpt.application.fake.TestKeys.code(901).value() + "\n").getBytes(StandardCharsets.UTF_8);

        shop.inventory.importKeys(new ImportKeys(Requester.atConsole(AdminShop.BUYER), WEEKLY, file));

        assertThat(shop.auditLog.all()).filteredOn(event -> event.action() == AuditAction.KEYS_IMPORTED)
                .singleElement().extracting(AuditEvent::actor).isEqualTo(AdminShop.BUYER);
    }
}
