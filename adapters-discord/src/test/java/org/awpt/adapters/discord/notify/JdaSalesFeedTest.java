package org.awpt.adapters.discord.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.awpt.adapters.discord.BotDriver;
import org.awpt.adapters.discord.runtime.FakeDiscordOps;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.fake.TestKeys;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.event.SaleCompleted;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;

class JdaSalesFeedTest {
    private static final String SALES = "700000000000000009";
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private final FakeDiscordOps discord = new FakeDiscordOps();
    private final JdaSalesFeed feed = new JdaSalesFeed(discord, Messages.english(), Optional.of(SALES));
    private final List<KeyCode> keys = TestKeys.codes(0, 2);

    @Test
    void aSaleIsOneLineWithBuyerTypeMethodAndMaskedKey() {
        feed.saleCompleted(new SaleCompleted(BUYER, LicenseTypeCode.WEEKLY, "robux", keys.subList(0, 1),
                "robux:1:2:3", AT));

        assertThat(discord.in(SALES)).singleElement().satisfies(posted -> {
            String text = BotDriver.text(posted.reply()).strip();
            assertThat(text).doesNotContain("\n").contains("<@2000>").contains("weekly").contains("robux")
                    .contains(keys.get(0).masked()).doesNotContain(keys.get(0).value());
        });
    }

    @Test
    void aStorefrontSaleWithoutDiscordBuyerNamesItsOrderAndEveryKeyMasked() {
        feed.saleCompleted(new SaleCompleted(null, LicenseTypeCode.MONTHLY, "paypal", keys,
                "storefront:sellix:inv-1:monthly", AT));

        String text = BotDriver.text(discord.in(SALES).get(0).reply());
        assertThat(text).contains("storefront:sellix:inv-1:monthly").contains("paypal")
                .contains(keys.get(0).masked()).contains(keys.get(1).masked())
                .doesNotContain(keys.get(0).value()).doesNotContain(keys.get(1).value()).doesNotContain("<@");
    }

    @Test
    void withoutAChannelNothingIsPosted() {
        new JdaSalesFeed(discord, Messages.english(), Optional.empty()).saleCompleted(new SaleCompleted(BUYER,
                LicenseTypeCode.WEEKLY, "gcash", keys.subList(0, 1), "manual:s1", AT));

        assertThat(discord.all()).isEmpty();
    }
}
