package org.awpt.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriceListTest {
    private static final LicenseTypeCode TRIAL = new LicenseTypeCode("trial");

    @Test
    void defaultsAreTheSpecificationsPrices() {
        PriceList prices = PriceList.defaults();
        assertThat(prices.pricesOf(LicenseTypeCode.WEEKLY)).extracting(Money::display)
                .containsExactly("2,400 Robux", "$6.99", "\u20B1420");
        assertThat(prices.pricesOf(LicenseTypeCode.MONTHLY)).extracting(Money::display)
                .containsExactly("8,600 Robux", "$24.99", "\u20B11,300");
        assertThat(prices.priceOf(LicenseTypeCode.WEEKLY, Money.ROBUX)).contains(Money.of("2400", Money.ROBUX));
        assertThat(prices.priceOf(LicenseTypeCode.WEEKLY, "USD")).contains(Money.of("6.99", "USD"));
        assertThat(prices.priceOf(LicenseTypeCode.WEEKLY, "PHP")).contains(Money.of("420", "PHP"));
        assertThat(prices.priceOf(LicenseTypeCode.MONTHLY, Money.ROBUX)).contains(Money.of("8600", Money.ROBUX));
        assertThat(prices.priceOf(LicenseTypeCode.MONTHLY, "USD")).contains(Money.of("24.99", "USD"));
        assertThat(prices.priceOf(LicenseTypeCode.MONTHLY, "PHP")).contains(Money.of("1300", "PHP"));
    }

    @Test
    void aTypeOrCurrencyWithoutPriceHasNone() {
        PriceList prices = PriceList.defaults();
        assertThat(prices.pricesOf(TRIAL)).isEmpty();
        assertThat(prices.priceOf(TRIAL, "USD")).isEmpty();
        assertThat(prices.priceOf(LicenseTypeCode.WEEKLY, "EUR")).isEmpty();
    }

    @Test
    void aTypeHasOnePricePerCurrency() {
        Map<LicenseTypeCode, List<Money>> twice = Map.of(TRIAL, List.of(Money.of("1", "USD"), Money.of("2", "USD")));
        assertThatThrownBy(() -> new PriceList(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trial");
    }

    @Test
    void pricesAreCopied() {
        List<Money> list = new ArrayList<>(List.of(Money.of("1", "USD")));
        Map<LicenseTypeCode, List<Money>> map = new LinkedHashMap<>(Map.of(TRIAL, list));
        PriceList prices = new PriceList(map);
        list.add(Money.of("50", "PHP"));
        map.clear();
        assertThat(prices.pricesOf(TRIAL)).containsExactly(Money.of("1", "USD"));
    }

    @Test
    void thereIsNoDefaultGamepassAShopOffersSomeoneElses() {
        assertThat(GamePasses.none().all()).isEmpty();
        assertThat(GamePasses.none().forType(LicenseTypeCode.WEEKLY)).isEmpty();
    }

    @Test
    void gamepassesAreFoundByType() {
        GamePasses passes = new GamePasses(List.of(new GamePass(7, LicenseTypeCode.WEEKLY, "https://w"),
                new GamePass(8, LicenseTypeCode.MONTHLY, "https://m")));
        assertThat(passes.forType(LicenseTypeCode.WEEKLY)).map(GamePass::id).contains(7L);
        assertThat(passes.forType(LicenseTypeCode.MONTHLY)).map(GamePass::url).contains("https://m");
        assertThat(passes.all()).extracting(GamePass::type)
                .containsExactly(LicenseTypeCode.WEEKLY, LicenseTypeCode.MONTHLY);
        assertThat(passes.forType(TRIAL)).isEmpty();
    }

    @Test
    void aTypeHasAtMostOneGamepass() {
        List<GamePass> twice = List.of(new GamePass(1, TRIAL, "u1"), new GamePass(2, TRIAL, "u2"));
        assertThatThrownBy(() -> new GamePasses(twice)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1022970504L})
    void aGamepassIdIsPositive(long id) {
        assertThatThrownBy(() -> new GamePass(id, TRIAL, "u")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGamepassNamesItsTypeAndPage() {
        assertThatThrownBy(() -> new GamePass(1, null, "u")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new GamePass(1, TRIAL, null)).isInstanceOf(NullPointerException.class);
    }
}
