package org.awpt.application.cooldown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.awpt.application.purchase.BuyerShop;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.CoolingDownException;
import org.junit.jupiter.api.Test;

/** The purchase checks and the admins' cooldown commands read and write one cooldown, by one rule. */
class OneCooldownRuleTest {
    private static final CooldownAction VERIFY = CooldownAction.ROBUX_VERIFICATION;

    private final BuyerShop shop = new BuyerShop();
    private final CooldownService admins = new CooldownService(new CooldownBook(shop.cooldowns, shop.settings,
            shop.clock), new Authorization(shop.settings.access()), new Auditor(shop.audit, shop.ids, shop.clock),
            shop.clock);

    @Test
    void failuresCountedByAPurchaseAreWhatAdminsSeeAndResetFreesThePurchase() {
        for (int i = 0; i < 3; i++) {
            shop.guard.recordFailure(BuyerShop.BUYER, VERIFY);
        }
        assertThatThrownBy(() -> shop.guard.checkCooldown(BuyerShop.BUYER, VERIFY))
                .isInstanceOf(CoolingDownException.class);
        assertThat(admins.status(BuyerShop.as(BuyerShop.ADMIN), BuyerShop.BUYER).get(0))
                .isEqualTo(new CooldownState(VERIFY, 3, Optional.of(shop.clock.instant().plusSeconds(30))));

        admins.reset(BuyerShop.as(BuyerShop.ADMIN), BuyerShop.BUYER, Optional.of(VERIFY));

        assertThatCode(() -> shop.guard.checkCooldown(BuyerShop.BUYER, VERIFY)).doesNotThrowAnyException();
    }
}
