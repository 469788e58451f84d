package org.awpt.adapters.roblox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.GamePasses;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.pricing.PriceList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The start-up check of the configured gamepasses, against a Roblox behind MockWebServer. */
class GamePassCheckTest {
    private static final long WEEKLY = 1022970504L;
    private static final long MONTHLY = 1030833419L;

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final RobloxWorld world = new RobloxWorld();
    private RetrofitRobloxGateway gateway;
    private GamePassCheck check;

    @BeforeEach
    void connect() {
        server.setDispatcher(world);
        gateway = TestSettings.gatewayTo(server);
        check = new GamePassCheck(gateway);
    }

    @AfterEach
    void disconnect() {
        gateway.close();
    }

    @Test
    void gamepassesAsConfiguredGiveNoWarning() {
        world.add(new GamePassInfo(WEEKLY, "Donation Awp Party", 2400L, true));
        world.add(new GamePassInfo(MONTHLY, "BIG DONATION AWP MONTH", 8600L, true));

        assertThat(check.warnings(ExampleShop.gamePasses(), PriceList.defaults())).isEmpty();
    }

    @Test
    void warnsOfAMissingGamepass() {
        world.add(new GamePassInfo(WEEKLY, "Donation Awp Party", 2400L, true));

        assertThat(check.warnings(ExampleShop.gamePasses(), PriceList.defaults()))
                .containsExactly("gamepass 1030833419 (monthly) does not exist on Roblox");
    }

    @Test
    void warnsOfAGamepassNotForSaleAndOfAWrongPrice() {
        world.add(new GamePassInfo(WEEKLY, "Donation Awp Party", 2500L, false));
        world.add(new GamePassInfo(MONTHLY, "BIG DONATION AWP MONTH", null, true));

        assertThat(check.warnings(ExampleShop.gamePasses(), PriceList.defaults())).containsExactly(
                "gamepass 1022970504 (weekly) \"Donation Awp Party\" is not for sale on Roblox",
                "gamepass 1022970504 (weekly) \"Donation Awp Party\" costs 2,500 Robux on Roblox but the price list says 2,400 Robux",
                "gamepass 1030833419 (monthly) \"BIG DONATION AWP MONTH\" has no price on Roblox");
    }

    @Test
    void warnsWhenThePriceListHasNoRobuxPrice() {
        world.add(new GamePassInfo(WEEKLY, "Donation Awp Party", 2400L, true));
        world.add(new GamePassInfo(MONTHLY, "BIG DONATION AWP MONTH", 8600L, true));
        PriceList dollarsOnly = new PriceList(Map.of(
                LicenseTypeCode.WEEKLY, List.of(Money.of("6.99", "USD")),
                LicenseTypeCode.MONTHLY, List.of(Money.of("8600", Money.ROBUX))));

        assertThat(check.warnings(ExampleShop.gamePasses(), dollarsOnly))
                .containsExactly("the price list has no Robux price for weekly, paid with gamepass 1022970504 (weekly)");
    }

    @Test
    void warnsWhenRobloxCannotBeAsked() {
        world.goDown();

        assertThat(check.warnings(ExampleShop.gamePasses(), PriceList.defaults()))
                .hasSize(2)
                .allSatisfy(warning -> assertThat(warning).startsWith("could not check gamepass ")
                        .contains("Roblox is not answering"));
    }
}
