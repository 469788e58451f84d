package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awpt.domain.license.LicenseTypeCode.WEEKLY;

import java.nio.charset.StandardCharsets;
import org.awpt.application.inventory.ImportKeys;
import org.awpt.application.robux.VerifyRobuxPurchase;
import org.awpt.application.testkit.InMemoryShop;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Requester;
import org.junit.jupiter.api.Test;

class FirstPurchaseTest {
    @Test
    void aBuyerWhoOwnsTheGamepassGetsAKey() {
        InMemoryShop fakes = InMemoryShop.create();
        fakes.shop().inventory().importKeys(new ImportKeys(Requester.of(InMemoryShop.ADMIN), WEEKLY,
                "abcdefghijklmnopqrstuvwxyz012345".getBytes(StandardCharsets.UTF_8)));

        var purchase = fakes.shop().robux().verify(new VerifyRobuxPurchase(Requester.of(new DiscordUserId(2_000)),
                WEEKLY, fakes.robloxBuyerOf(WEEKLY), null));

        assertThat(fakes.buyers().deliveredCodes()).containsExactly(purchase.key().code());
    }
}
