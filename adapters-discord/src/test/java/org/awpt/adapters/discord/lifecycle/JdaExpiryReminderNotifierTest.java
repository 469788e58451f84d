package org.awpt.adapters.discord.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import org.awpt.adapters.discord.BotDriver;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentIdCodec;
import org.awpt.adapters.discord.ids.Decoded;
import org.awpt.adapters.discord.notify.ClosedDirectMessages;
import org.awpt.adapters.discord.runtime.DirectMessagesClosedException;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.fake.MutableClock;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.DeliveryFailedException;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import java.util.Optional;
import org.awpt.adapters.discord.text.BuyerTexts;
import org.awpt.adapters.discord.text.Languages;
import org.awpt.application.fake.InMemoryBuyerLanguageStore;
import org.awpt.application.language.BuyerLanguageService;
import org.awpt.domain.buyer.BuyerLanguage;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class JdaExpiryReminderNotifierTest {
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);

    private final MutableClock clock = new MutableClock();
    private final DiscordOps ops = mock(DiscordOps.class);
    private final ClosedDirectMessages closed = new ClosedDirectMessages(clock, Duration.ofHours(6));
    private final JdaExpiryReminderNotifier notifier = new JdaExpiryReminderNotifier(ops, Messages.english(), closed);
    private final LicenseType monthly = LicenseType.monthly();

    private LicenseKey sold() {
        return TestKeys.inStock(7, LicenseTypeCode.MONTHLY, clock.instant())
                .deliver(new ClaimOrder(new OrderId("order-7"), monthly, BUYER, null, "55"), clock.instant());
    }

    private Reply sent() {
        ArgumentCaptor<Reply> reply = ArgumentCaptor.forClass(Reply.class);
        verify(ops).sendDirect(eq(BUYER), reply.capture());
        return reply.getValue();
    }

    @Test
    void theReminderTellsTheExpiryWithoutTheKey() {
        LicenseKey key = sold();

        notifier.remindExpiry(key, monthly);

        String text = BotDriver.text(sent());
        assertThat(text).contains("Monthly").contains(key.code().masked())
                .contains("<t:" + key.expiresAt().getEpochSecond() + ":f>")
                .doesNotContain(key.code().value()).doesNotContain("{");
    }

    @Test
    void itsRenewButtonCarriesTheTypeInACurrentComponentId() {
        notifier.remindExpiry(sold(), monthly);

        Reply reply = sent();
        assertThat(reply.ephemeral()).isFalse();
        Button renew = ((ActionRow) reply.components().get(0)).getButtons().get(0);
        assertThat(renew.getLabel()).isEqualTo("Renew");
        Decoded decoded = ComponentIdCodec.decode(renew.getCustomId());
        assertThat(decoded).isInstanceOfSatisfying(Decoded.Valid.class, valid -> {
            assertThat(valid.id().action()).isEqualTo(ComponentAction.LICENSE_RENEW);
            assertThat(valid.id().arg(0)).isEqualTo("monthly");
        });
    }

    @Test
    void closedDirectMessagesFailTheReminderAndAreNotAskedAgain() {
        LicenseKey key = sold();
        doThrow(new DirectMessagesClosedException(BUYER, null)).when(ops).sendDirect(eq(BUYER), any());

        assertThatThrownBy(() -> notifier.remindExpiry(key, monthly)).isInstanceOf(DeliveryFailedException.class)
                .hasCauseInstanceOf(DirectMessagesClosedException.class);
        assertThatThrownBy(() -> notifier.remindExpiry(key, monthly)).isInstanceOf(DeliveryFailedException.class);

        verify(ops, times(1)).sendDirect(eq(BUYER), any());
        assertThat(closed.isClosed(BUYER)).isTrue();
    }

    @Test
    void otherFailuresAreNotTakenForClosedMessages() {
        LicenseKey key = sold();
        doThrow(new IllegalStateException("Discord is down")).when(ops).sendDirect(eq(BUYER), any());

        assertThatThrownBy(() -> notifier.remindExpiry(key, monthly)).isInstanceOf(IllegalStateException.class);

        assertThat(closed.isClosed(BUYER)).isFalse();
    }

    @Test
    void aKeyWithoutHolderIsRefused() {
        LicenseKey inStock = TestKeys.inStock(1, LicenseTypeCode.WEEKLY, clock.instant());

        assertThatThrownBy(() -> notifier.remindExpiry(inStock, LicenseType.weekly()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReminderIsInTheLanguageTheHoldersClientLastReportedElseInTheShops() {
        InMemoryBuyerLanguageStore store = new InMemoryBuyerLanguageStore();
        BuyerLanguageService languages = new BuyerLanguageService(Optional.of(store));
        JdaExpiryReminderNotifier filipinoShop = new JdaExpiryReminderNotifier(ops,
                new BuyerTexts(Messages.forLocale(Languages.FILIPINO), languages::languageOf), closed);
        LicenseKey key = sold();

        String unknown = filipinoShop.reminder(key, monthly).embeds().get(0).getTitle();
        languages.remember(BUYER, new BuyerLanguage("en-US", false));
        String english = filipinoShop.reminder(key, monthly).embeds().get(0).getTitle();

        assertThat(unknown).isEqualTo("Malapit nang mag-expire ang iyong Monthly license");
        assertThat(english).isEqualTo("Your Monthly license expires soon");
    }
}
