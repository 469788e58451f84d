package org.awpt.application.robux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.application.purchase.BuyerShop.BUYER;
import static org.awpt.application.purchase.BuyerShop.as;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.contract.Race;
import org.awpt.application.purchase.BuyerShop;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.RobloxBusyException;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.application.shared.RateLimit;
import org.awpt.application.shared.ShopLimits;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.ShopException;
import org.awpt.domain.access.CoolingDownException;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;

/** Every path that asks Roblox spends the buyer's budget and the bot's, whatever Roblox then answers. */
class RobloxBudgetTest {
    private static final LicenseTypeCode WEEKLY = new LicenseTypeCode("weekly");
    private static final long WEEKLY_PASS = 1022970504L;
    private static final RobloxUserId ACCOUNT = new RobloxUserId(111);
    private static final RateLimit PER_BUYER = new RateLimit(10, Duration.ofMinutes(10));

    private final BuyerShop shop = new BuyerShop(ExampleShop.settings(BuyerShop.ACCESS)
            .withLimits(ShopLimits.defaults().withRoblox(PER_BUYER, new RateLimit(1_000, Duration.ofMinutes(1)))));

    private Object verify(DiscordUserId buyer) {
        try {
            return shop.robux.verify(new VerifyRobuxPurchase(as(buyer), WEEKLY, "111", "ticket-1"));
        } catch (ShopException refused) {
            return refused;
        }
    }

    @Test
    void refusalsDecidedAfterTheLookUpsSpendTheBudgetSoTwoHundredTriesMakeTenCalls() {
        // Already licensed: refused after the look-ups, which counted toward no cooldown before.
        shop.roblox.addUser(new RobloxUser(ACCOUNT, "Buyer_One", "Buyer One", false))
                .addGamePass(new GamePassInfo(WEEKLY_PASS, "Weekly", 2400L, true)).grant(ACCOUNT, WEEKLY_PASS, 5001);
        shop.stock(WEEKLY, 5);
        assertThat(verify(BUYER)).isInstanceOf(RobuxPurchaseResult.class);

        List<Object> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(verify(BUYER));
        }

        assertThat(shop.roblox.userLookups() + shop.roblox.ownershipLookups()).isEqualTo(PER_BUYER.calls());
        assertThat(answers.get(answers.size() - 1)).isInstanceOfSatisfying(CoolingDownException.class,
                refused -> assertThat(refused.retryAt()).isAfter(shop.clock.instant())
                        .isBeforeOrEqualTo(shop.clock.instant().plus(PER_BUYER.per())));
    }

    @Test
    void fiftyThreadsOfOneBuyerMakeAtMostTheBudgetsWorthOfRobloxCalls() throws Exception {
        // Already licensed: each try that Roblox is asked for makes exactly two calls and counts no cooldown.
        shop.roblox.addUser(new RobloxUser(ACCOUNT, "Buyer_One", "Buyer One", false))
                .addGamePass(new GamePassInfo(WEEKLY_PASS, "Weekly", 2400L, true)).grant(ACCOUNT, WEEKLY_PASS, 5001);
        shop.stock(WEEKLY, 5);
        assertThat(verify(BUYER)).isInstanceOf(RobuxPurchaseResult.class);
        List<Callable<Object>> tries = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tries.add(() -> verify(BUYER));
        }

        List<Object> answers = Race.all(tries);

        assertThat(shop.roblox.userLookups() + shop.roblox.ownershipLookups()).isEqualTo(PER_BUYER.calls());
        assertThat(answers).filteredOn(CoolingDownException.class::isInstance).hasSize(50 - (PER_BUYER.calls() / 2 - 1));
    }

    @Test
    void theBotsBudgetRefusesEveryoneWithTheTimeLeftOnceSpent() {
        BuyerShop busy = new BuyerShop(ExampleShop.settings(BuyerShop.ACCESS)
                .withLimits(ShopLimits.defaults().withRoblox(PER_BUYER, new RateLimit(4, Duration.ofMinutes(1)))));
        busy.stock(WEEKLY, 5);
        for (int i = 0; i < 2; i++) {
            DiscordUserId buyer = new DiscordUserId(60_000 + i);
            assertThatThrownBy(() -> busy.robux.verify(new VerifyRobuxPurchase(as(buyer), WEEKLY, "111", "t")))
                    .isNotInstanceOf(RobloxBusyException.class);
        }

        assertThatThrownBy(() -> busy.robux.verify(new VerifyRobuxPurchase(as(BUYER), WEEKLY, "111", "t")))
                .isInstanceOfSatisfying(RobloxBusyException.class, refused -> assertThat(refused.retryAt())
                        .isAfter(busy.clock.instant()).isBeforeOrEqualTo(busy.clock.instant().plusSeconds(60)));
        // Unknown accounts: one look-up each, though each verification reserved the two it may make.
        assertThat(busy.roblox.calls()).isEqualTo(2);
    }

    @Test
    void confirmingARemovalSpendsTheBudgetToo() {
        shop.roblox.addUser(new RobloxUser(ACCOUNT, "Buyer_One", "Buyer One", false))
                .addGamePass(new GamePassInfo(WEEKLY_PASS, "Weekly", 2400L, true));
        for (int i = 0; i < PER_BUYER.calls(); i++) {
            shop.robux.confirmRemoval(new ConfirmGamePassRemoval(as(BUYER), WEEKLY, ACCOUNT));
        }

        assertThatThrownBy(() -> shop.robux.confirmRemoval(new ConfirmGamePassRemoval(as(BUYER), WEEKLY, ACCOUNT)))
                .isInstanceOf(CoolingDownException.class);
        assertThat(shop.roblox.ownershipLookups()).isEqualTo(PER_BUYER.calls());
    }
}
