package org.awpt.application.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.manual.AttachProof;
import org.awpt.application.manual.SubmitPayment;
import org.awpt.application.robux.VerifyRobuxPurchase;
import org.awpt.application.testkit.InMemoryShop;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.ticket.CloseCause;
import org.awpt.domain.ticket.PurchaseTicket;
import org.junit.jupiter.api.Test;

/** A ticket from its opening to its close: by hand with a reason, after a delivery, when idle; never while a payment is reviewed. */
class TicketLifecycleTest {
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);
    private static final DiscordUserId SUPPORT = new DiscordUserId(1_500);
    private static final String SUPPORT_ROLE = "600";
    private static final String GUILD = "900";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final TicketPolicy POLICY = TicketPolicy.defaults();

    private final InMemoryShop fakes = InMemoryShop.create(ExampleShop.settings(new AccessPolicy(
            Set.of(InMemoryShop.ADMIN), Set.of(), Set.of(), Set.of(SUPPORT_ROLE))));

    private PurchaseTicketUseCase tickets() {
        return fakes.shop().tickets();
    }

    private PurchaseTicket open() {
        return tickets().open(new OpenTicket(Requester.of(BUYER), GUILD)).ticket();
    }

    private PurchaseTicket stored(PurchaseTicket ticket) {
        return fakes.tickets().find(ticket.channelId()).orElseThrow();
    }

    private void buyWithRobux(PurchaseTicket ticket) {
        fakes.keys().insertAll(TestKeys.inStock(1, 3, LicenseTypeCode.WEEKLY, fakes.clock().instant()));
        String account = fakes.robloxBuyerOf(LicenseTypeCode.WEEKLY);
        fakes.shop().robux().verify(new VerifyRobuxPurchase(Requester.of(BUYER), LicenseTypeCode.WEEKLY, account,
                ticket.channelId()));
    }

    @Test
    void closingByHandLocksTheChannelKeepsItsTranscriptSendsTheBuyerACopyAuditsAndDeletesTheChannelAfterTheDelay() {
        PurchaseTicket ticket = open();
        fakes.ticketChannels().write(ticket.channelId(), BUYER, "where is my key?", fakes.clock().instant());
        Instant closedAt = fakes.clock().advance(Duration.ofMinutes(5));

        PurchaseTicket closed = tickets().close(new CloseTicket(new Requester(SUPPORT, Set.of(SUPPORT_ROLE)),
                ticket.channelId(), "  answered in DMs  "));

        assertThat(closed.closedAt()).isEqualTo(closedAt);
        assertThat(closed.channelDeleteAt()).isEqualTo(closedAt.plus(POLICY.channelDeleteDelay()));
        assertThat(fakes.ticketChannels().isLocked(ticket.channelId())).isTrue();
        assertThat(fakes.ticketChannels().announced()).singleElement().satisfies(closing -> {
            assertThat(closing.closedBy()).isEqualTo(SUPPORT);
            assertThat(closing.cause()).isEqualTo(CloseCause.BY_HAND);
            assertThat(closing.reason()).isEqualTo("answered in DMs");
            assertThat(closing.ticket().channelDeleteAt()).isEqualTo(closed.channelDeleteAt());
        });
        assertThat(fakes.ticketArchive().logged()).singleElement().satisfies(kept ->
                assertThat(kept.transcript().lines()).extracting(line -> line.text()).containsExactly("where is my key?"));
        assertThat(fakes.ticketArchive().sentToBuyers()).singleElement()
                .satisfies(sent -> assertThat(sent.closing().ticket().buyer()).isEqualTo(BUYER));
        assertThat(fakes.audit().ofAction(AuditAction.TICKET_CLOSED)).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo(SUPPORT);
            assertThat(event.subject()).isEqualTo(ticket.channelId());
            assertThat(event.details()).containsEntry("buyer", BUYER.asString()).containsEntry("cause", "by_hand")
                    .containsEntry("reason", "answered in DMs");
        });

        fakes.clock().advance(POLICY.channelDeleteDelay().minusSeconds(1));
        assertThat(tickets().deleteClosedChannels()).isZero();
        assertThat(fakes.ticketChannels().deleted()).isEmpty();
        fakes.clock().advance(Duration.ofSeconds(1));
        assertThat(tickets().deleteClosedChannels()).isEqualTo(1);
        assertThat(fakes.ticketChannels().deleted()).containsExactly(ticket.channelId());
        assertThat(tickets().deleteClosedChannels()).as("deleted once").isZero();
    }

    @Test
    void closingTwiceKeepsOneTranscriptAndABuyerWhoTakesNoDirectMessagesDoesNotStopTheClose() {
        PurchaseTicket ticket = open();
        fakes.ticketArchive().closeDirectMessages(BUYER);

        PurchaseTicket first = tickets().close(new CloseTicket(Requester.of(BUYER), ticket.channelId()));
        fakes.clock().advance(Duration.ofSeconds(3));
        PurchaseTicket second = tickets().close(new CloseTicket(Requester.of(BUYER), ticket.channelId(), "again"));

        assertThat(second).isEqualTo(first);
        assertThat(fakes.ticketArchive().logged()).hasSize(1);
        assertThat(fakes.ticketArchive().sentToBuyers()).isEmpty();
        assertThat(fakes.ticketChannels().announced()).hasSize(1);
        assertThat(fakes.audit().ofAction(AuditAction.TICKET_CLOSED)).hasSize(1);
    }

    @Test
    void aReasonTooLongIsRefusedAndTheTicketStaysOpen() {
        PurchaseTicket ticket = open();

        assertThatThrownBy(() -> tickets().close(new CloseTicket(Requester.of(BUYER), ticket.channelId(), "x".repeat(501))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(stored(ticket).isOpen()).isTrue();
    }

    @Test
    void aDeliveredTicketClosesTwentyFourHoursAfterTheDeliveryNotBefore() {
        PurchaseTicket ticket = open();
        buyWithRobux(ticket);
        Instant delivered = fakes.clock().instant();
        assertThat(stored(ticket).deliveredAt()).isEqualTo(delivered);

        fakes.clock().set(delivered.plus(Duration.ofHours(24)).minusSeconds(1));
        assertThat(tickets().closeDue()).isZero();
        assertThat(stored(ticket).isOpen()).isTrue();

        fakes.clock().set(delivered.plus(Duration.ofHours(24)));
        assertThat(tickets().closeDue()).isEqualTo(1);

        assertThat(stored(ticket).closedAt()).isEqualTo(delivered.plus(Duration.ofHours(24)));
        assertThat(fakes.ticketChannels().warnings()).as("a delivered ticket closes without warning").isEmpty();
        assertThat(fakes.ticketArchive().logged()).singleElement().satisfies(kept -> {
            assertThat(kept.closing().cause()).isEqualTo(CloseCause.DELIVERED);
            assertThat(kept.closing().byTheShop()).isTrue();
        });
        assertThat(fakes.audit().ofAction(AuditAction.TICKET_CLOSED)).singleElement()
                .satisfies(event -> assertThat(event.actor()).isNull());
    }

    @Test
    void anIdleTicketIsWarnedThenClosedAndWritingInItPutsTheCloseOff() {
        PurchaseTicket ticket = open();
        Instant opened = fakes.clock().instant();
        Instant warnAt = opened.plus(POLICY.whenIdle()).minus(POLICY.idleWarning());

        fakes.clock().set(warnAt.minusSeconds(1));
        assertThat(tickets().closeDue()).isZero();
        fakes.clock().set(warnAt);
        assertThat(tickets().closeDue()).isEqualTo(1);
        assertThat(fakes.ticketChannels().warnings()).containsExactly(
                new org.awpt.application.fake.InMemoryTicketChannels.IdleWarning(ticket.channelId(),
                        opened.plus(POLICY.whenIdle())));
        assertThat(tickets().closeDue()).as("warned once").isZero();

        // The buyer writes: the warning is void and idleness counts anew.
        Instant wrote = fakes.clock().advance(Duration.ofHours(1));
        tickets().recordActivity(ticket.channelId());
        fakes.clock().set(opened.plus(POLICY.whenIdle()));
        assertThat(tickets().closeDue()).isZero();
        assertThat(stored(ticket).isOpen()).isTrue();

        Instant secondWarning = wrote.plus(POLICY.whenIdle()).minus(POLICY.idleWarning());
        fakes.clock().set(secondWarning);
        assertThat(tickets().closeDue()).isEqualTo(1);
        assertThat(fakes.ticketChannels().warnings()).hasSize(2);
        fakes.clock().set(wrote.plus(POLICY.whenIdle()).minusSeconds(1));
        assertThat(tickets().closeDue()).isZero();
        fakes.clock().set(wrote.plus(POLICY.whenIdle()));
        assertThat(tickets().closeDue()).isEqualTo(1);

        assertThat(stored(ticket).isOpen()).isFalse();
        assertThat(fakes.ticketArchive().logged()).singleElement()
                .satisfies(kept -> assertThat(kept.closing().cause()).isEqualTo(CloseCause.IDLE));
    }

    @Test
    void aTicketWarnedLateStillGivesTheBuyerTheWholeWarningTime() {
        PurchaseTicket ticket = open();
        // The bot was down over the whole idle time: the warning comes first, the close its lead time later.
        Instant back = fakes.clock().advance(POLICY.whenIdle().plusHours(10));
        assertThat(tickets().closeDue()).isEqualTo(1);
        assertThat(stored(ticket).isOpen()).isTrue();

        fakes.clock().set(back.plus(POLICY.idleWarning()).minusSeconds(1));
        assertThat(tickets().closeDue()).isZero();
        fakes.clock().set(back.plus(POLICY.idleWarning()));
        assertThat(tickets().closeDue()).isEqualTo(1);
        assertThat(stored(ticket).isOpen()).isFalse();
    }

    @Test
    void aTicketWithAPaymentUnderReviewIsNeverClosedNorWarned() {
        PurchaseTicket ticket = open();
        fakes.keys().insertAll(TestKeys.inStock(1, 3, LicenseTypeCode.WEEKLY, fakes.clock().instant()));
        PaymentSession session = fakes.shop().manualPayments().submit(new SubmitPayment(Requester.of(BUYER),
                LicenseTypeCode.WEEKLY, "gcash", new PaymentDetails("GCash", "TX-1", "buyer@example.com", null),
                ticket.channelId()));
        fakes.shop().manualPayments().attachProof(new AttachProof(Requester.of(BUYER), session.id(), PNG));

        for (int day = 1; day <= 60; day++) {
            fakes.clock().advance(Duration.ofDays(1));
            assertThat(tickets().closeDue()).isZero();
        }

        assertThat(stored(ticket).isOpen()).isTrue();
        assertThat(fakes.ticketChannels().warnings()).isEmpty();
        assertThat(fakes.ticketArchive().logged()).isEmpty();
    }

    @Test
    void aRestartKeepsEveryDeadline() {
        Instant start = fakes.clock().instant();
        PurchaseTicket idle = open();
        Instant deliveredAt = fakes.clock().advance(Duration.ofHours(41));
        DiscordUserId otherBuyer = new DiscordUserId(2_001);
        PurchaseTicket delivered = tickets().open(new OpenTicket(Requester.of(otherBuyer), GUILD)).ticket();
        tickets().purchaseDelivered(otherBuyer);
        fakes.clock().set(start.plus(POLICY.whenIdle()).minus(POLICY.idleWarning()));
        assertThat(tickets().closeDue()).as("the idle one warned").isEqualTo(1);

        InMemoryShop restarted = fakes.restarted(builder -> builder);
        restarted.clock().set(start.plus(POLICY.whenIdle()));
        assertThat(restarted.shop().tickets().closeDue()).as("the warned one closes").isEqualTo(1);
        restarted.clock().set(deliveredAt.plus(POLICY.afterDelivery()).minusSeconds(1));
        assertThat(restarted.shop().tickets().closeDue()).isZero();
        restarted.clock().set(deliveredAt.plus(POLICY.afterDelivery()));
        assertThat(restarted.shop().tickets().closeDue()).as("the delivered one closes").isEqualTo(1);

        assertThat(fakes.tickets().allOpen()).isEmpty();
        assertThat(fakes.ticketArchive().logged()).extracting(kept -> kept.closing().ticket().channelId())
                .containsExactly(idle.channelId(), delivered.channelId());

        // Channels whose delay was up while the bot was stopped go at the first round after the restart.
        InMemoryShop again = restarted.restarted(builder -> builder);
        again.clock().advance(Duration.ofMinutes(1));
        assertThat(again.shop().tickets().deleteClosedChannels()).isEqualTo(2);
        assertThat(fakes.ticketChannels().deleted()).containsExactly(idle.channelId(), delivered.channelId());
    }

    @Test
    void aTicketWhoseChannelIsGoneClosesWithoutTranscript() {
        PurchaseTicket ticket = open();
        fakes.ticketChannels().deleteByHand(ticket.channelId());
        fakes.clock().advance(POLICY.whenIdle());

        assertThat(tickets().closeDue()).isEqualTo(1);

        assertThat(stored(ticket).isOpen()).isFalse();
        assertThat(stored(ticket).channelDeleteAt()).isNull();
        assertThat(fakes.ticketArchive().logged()).isEmpty();
    }
}
