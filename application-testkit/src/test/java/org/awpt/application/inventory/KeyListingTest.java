package org.awpt.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.awpt.application.adminshop.AdminShop;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.KeyFilter;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyListingTest {
    private static final LicenseTypeCode WEEKLY = LicenseTypeCode.WEEKLY;
    private static final LicenseTypeCode MONTHLY = LicenseTypeCode.MONTHLY;

    private final AdminShop shop = new AdminShop();

    @Test
    void anEmptyInventoryHasOneEmptyPage() {
        KeyPage first = shop.inventory.listKeys(AdminShop.admin(), KeyFilter.ALL, 0, 10);

        assertThat(first.items()).isEmpty();
        assertThat(first.pageCount()).isEqualTo(1);
        assertThat(first.total()).isZero();
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isFalse();
        assertThat(shop.inventory.listKeys(AdminShop.admin(), KeyFilter.ALL, 1, 10).items()).isEmpty();
    }

    @Test
    void theFirstAndLastPagesHoldTheirShareInCreationOrder() {
        List<LicenseKey> keys = shop.stockKeys(WEEKLY, 25);

        KeyPage first = shop.inventory.listKeys(AdminShop.admin(), KeyFilter.ALL, 0, 10);
        KeyPage last = shop.inventory.listKeys(AdminShop.admin(), KeyFilter.ALL, 2, 10);

        assertThat(first.items()).containsExactlyElementsOf(keys.subList(0, 10));
        assertThat(first.pageCount()).isEqualTo(3);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).containsExactlyElementsOf(keys.subList(20, 25));
        assertThat(last.page()).isEqualTo(2);
        assertThat(last.pageSize()).isEqualTo(10);
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void aPagePastTheEndIsEmptyAndStillTellsThePageCount() {
        shop.stockKeys(WEEKLY, 20);

        KeyPage past = shop.inventory.listKeys(AdminShop.admin(), KeyFilter.ALL, 2, 10);
        KeyPage farPast = shop.inventory.listKeys(AdminShop.admin(), KeyFilter.ALL, Integer.MAX_VALUE, 100);

        assertThat(past.items()).isEmpty();
        assertThat(past.pageCount()).isEqualTo(2);
        assertThat(past.total()).isEqualTo(20);
        assertThat(farPast.items()).isEmpty();
        assertThat(farPast.pageCount()).isEqualTo(1);
    }

    @Test
    void theFilterChoosesTypeAndStatus() {
        shop.stockKeys(WEEKLY, 3);
        List<LicenseKey> monthly = shop.stockKeys(MONTHLY, 4);
        LicenseKey sold = shop.sell(MONTHLY, AdminShop.BUYER, shop.clock.instant());

        KeyPage monthlyAvailable = shop.inventory.listKeys(AdminShop.admin(),
                KeyFilter.of(MONTHLY, KeyStatus.AVAILABLE), 0, 100);
        KeyPage used = shop.inventory.listKeys(AdminShop.admin(), KeyFilter.of(null, KeyStatus.USED), 0, 100);
        KeyPage all = shop.inventory.listKeys(AdminShop.admin(), null, 0, 1);

        assertThat(monthlyAvailable.items()).containsExactlyElementsOf(monthly.subList(1, 4));
        assertThat(used.items()).containsExactly(sold);
        assertThat(all.total()).isEqualTo(7);
        assertThat(all.pageCount()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101, -5})
    void aPageSizeOutsideOneToHundredIsRefused(int size) {
        assertThatThrownBy(() -> shop.inventory.listKeys(AdminShop.admin(), KeyFilter.ALL, 0, size))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aNegativePageIsRefused() {
        assertThatThrownBy(() -> shop.inventory.listKeys(AdminShop.admin(), KeyFilter.ALL, -1, 10))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void searchFindsKeysContainingTheFragmentInAnyCase() {
        shop.stockKeys(WEEKLY, 30);

        assertThat(shop.inventory.search(AdminShop.admin(), " 0012 ")).extracting(LicenseKey::code)
                .containsExactly(TestKeys.code(12));
        assertThat(shop.inventory.search(AdminShop.admin(), "TESTKEY000")).hasSize(InventoryService.MAX_SEARCH_RESULTS);
        assertThat(shop.inventory.search(AdminShop.admin(), "zzz")).isEmpty();
    }

    @Test
    void aSearchFragmentIsOneToThirtyTwoLettersOrDigits() {
        for (String bad : new String[] {null, "", "   ", "ab-c", "a%", ".*", "a".repeat(33), "\u043a\u043b\u044e\u0447"}) {
            assertThatThrownBy(() -> shop.inventory.search(AdminShop.admin(), bad))
                    .as("fragment %s", bad).isInstanceOf(InvalidInputException.class);
        }
        assertThat(shop.inventory.search(AdminShop.admin(), "a".repeat(32))).isEmpty();
    }
}
