package org.awpt.adapters.discord.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.awpt.adapters.discord.BotDriver;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.buyer.SessionNotices;
import org.awpt.adapters.discord.runtime.FakeDiscordOps;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.fake.MutableClock;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.DeliveryFailedException;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentMethods;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockLevel;
import org.awpt.domain.stock.StockStatus;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class NotifiersTest {
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);
    private static final DiscordUserId ADMIN = new DiscordUserId(1_000);
    private static final DiscordUserId OTHER_ADMIN = new DiscordUserId(1_001);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    private final Messages messages = Messages.english();
    private final MutableClock clock = new MutableClock();
    private final FakeDiscordOps discord = new FakeDiscordOps();
    private final BuyerViews views = new BuyerViews(messages);
    private final SessionNotices notices = new SessionNotices(messages, LicenseTypeCatalog.defaults(),
            ExampleShop.methods());
    private final ClosedDirectMessages closed = new ClosedDirectMessages(clock, Duration.ofHours(6));
    private final JdaBuyerNotifier buyers = new JdaBuyerNotifier(discord, views, notices, closed);

    private LicenseKey delivered(String ticket) {
        return TestKeys.inStock(1, LicenseTypeCode.WEEKLY, clock.instant()).deliver(new ClaimOrder(
                new OrderId("manual:test"), LicenseType.weekly(), BUYER, null, ticket), clock.instant());
    }

    @Test
    void aKeyIsSentByDirectMessageAndTheRoleIsLeftToTheApplication() {
        LicenseKey key = delivered("55");

        assertThat(buyers.deliverKey(key, LicenseType.weekly())).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);

        assertThat(BotDriver.text(discord.dms(BUYER).get(0).reply())).contains(key.code().value()).contains("Weekly");
        assertThat(discord.roleChanges()).as("the licensed role is a reaction to KeyDelivered").isEmpty();
    }

    @Test
    void closedDirectMessagesAreNotTriedAgainForAWhile() {
        discord.closeDms(BUYER);
        LicenseKey key = delivered("55");

        assertThat(buyers.deliverKey(key, LicenseType.weekly())).isEqualTo(DeliveryChannel.TICKET);
        assertThat(buyers.deliverKey(key, LicenseType.weekly())).isEqualTo(DeliveryChannel.TICKET);
        assertThat(discord.dmAttempts(BUYER)).isEqualTo(1);
        assertThat(discord.in("55")).hasSize(2);

        clock.advance(Duration.ofHours(7));
        buyers.deliverKey(key, LicenseType.weekly());
        assertThat(discord.dmAttempts(BUYER)).isEqualTo(2);
    }

    @Test
    void withoutATicketAClosedDmLeavesTheDeliveryPending() {
        discord.closeDms(BUYER);
        assertThatThrownBy(() -> buyers.deliverKey(delivered(null), LicenseType.weekly()))
                .isInstanceOf(DeliveryFailedException.class);
    }

    @Test
    void withoutAnAdminChannelEveryAdminGetsADirectMessage() {
        JdaAdminNotifier admins = new JdaAdminNotifier(discord, messages, notices, Optional.empty(), Set.of(ADMIN, OTHER_ADMIN));
        discord.closeDms(OTHER_ADMIN);

        admins.stockAlert(List.of(new StockChange(LicenseTypeCode.WEEKLY, StockLevel.HEALTHY, StockLevel.LOW, 4)),
                List.of(new StockStatus(LicenseTypeCode.WEEKLY, 4, StockLevel.LOW)));

        assertThat(discord.dms(ADMIN)).singleElement().satisfies(dm -> assertThat(BotDriver.text(dm.reply()))
                .contains("weekly: healthy \u2192 low (4 left)"));
        assertThat(discord.dms(OTHER_ADMIN)).isEmpty();
    }

    @Test
    void aStartUpAlertSaysStockIsAlreadyLow() {
        JdaAdminNotifier admins = new JdaAdminNotifier(discord, messages, notices, Optional.of("42"), Set.of(ADMIN));

        admins.stockAlert(List.of(), List.of(new StockStatus(LicenseTypeCode.MONTHLY, 0, StockLevel.OUT_OF_STOCK)));

        assertThat(BotDriver.text(discord.in("42").get(0).reply())).contains(messages.get("stock.alert.startup"))
                .contains("monthly: 0 available (out of stock)");
    }

    @Test
    void aFallbackNoticeNeverShowsTheFullKey() {
        JdaAdminNotifier admins = new JdaAdminNotifier(discord, messages, notices, Optional.of("42"), Set.of(ADMIN));
        LicenseKey key = delivered("55");

        admins.deliveryFellBack(key, null);

        assertThat(BotDriver.text(discord.in("42").get(0).reply())).contains(key.code().masked())
                .doesNotContain(key.code().value()).contains("will be retried");
    }

    private PaymentSession sessionInTicket(String ticket) {
        return PaymentSession.open(new SessionId("session000000000000001"), BUYER, LicenseTypeCode.WEEKLY, "gcash",
                new PaymentDetails("GCash", "TX-1", "+63 900 000 1", ""), ticket, clock.instant());
    }

    @Test
    void withNeitherAnAdminChannelNorAdminIdsAPaymentToReviewIsPostedInItsTicket() {
        JdaAdminNotifier admins = new JdaAdminNotifier(discord, messages, notices, Optional.empty(), Set.of());
        PaymentSession session = sessionInTicket("55");

        List<NoticeRef> posted = admins.paymentAwaitingReview(session, PNG);

        assertThat(discord.in("55")).singleElement().satisfies(notice -> {
            assertThat(posted).containsExactly(new NoticeRef("55", notice.messageId()));
            assertThat(BotDriver.button(BotDriver.buttons(notice.reply()), ComponentAction.PAY_APPROVE).getCustomId())
                    .contains(session.id().value());
            BotDriver.button(BotDriver.buttons(notice.reply()), ComponentAction.PAY_REJECT);
        });
    }

    @Test
    void withAnAdminChannelTheTicketGetsNoAdminNotice() {
        JdaAdminNotifier admins = new JdaAdminNotifier(discord, messages, notices, Optional.of("42"), Set.of());
        PaymentSession session = sessionInTicket("55");

        List<NoticeRef> posted = admins.paymentAwaitingReview(session, PNG);

        assertThat(discord.in("55")).isEmpty();
        assertThat(discord.in("42")).singleElement().satisfies(notice -> {
            BotDriver.button(BotDriver.buttons(notice.reply()), ComponentAction.PAY_APPROVE);
            assertThat(posted).containsExactly(new NoticeRef("42", notice.messageId()));
        });
    }

    @Test
    void withNobodyToTellAStockAlertIsPostedNowhereAndTheMissingSettingIsNamed() {
        JdaAdminNotifier admins = new JdaAdminNotifier(discord, messages, notices, Optional.empty(), Set.of());
        Logger logger = (Logger) LoggerFactory.getLogger(JdaAdminNotifier.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            admins.stockAlert(List.of(), List.of(new StockStatus(LicenseTypeCode.WEEKLY, 0, StockLevel.OUT_OF_STOCK)));
            assertThat(admins.paymentAwaitingReview(sessionInTicket(null), PNG)).isEmpty();
        } finally {
            logger.detachAppender(logged);
        }

        assertThat(discord.all()).isEmpty();
        assertThat(logged.list).hasSize(2).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("adminChannelId");
        });
    }
}
