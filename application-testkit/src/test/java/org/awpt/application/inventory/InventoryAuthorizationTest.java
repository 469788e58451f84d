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
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every inventory method refuses support staff and buyers, and changes nothing for them. */
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
                "transactions", () -> inventory.transactions(who, 7),
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
}
