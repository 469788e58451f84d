package org.awpt.application.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awpt.application.cooldown.CooldownBook;
import org.awpt.application.event.EventDispatcher;
import org.awpt.application.event.ShopReactions;
import org.awpt.application.fake.InMemoryAuditLog;
import org.awpt.application.fake.InMemoryCooldownStore;
import org.awpt.application.fake.InMemoryPaymentSessionRepository;
import org.awpt.application.fake.InMemoryPurchaseTicketRepository;
import org.awpt.application.fake.InMemoryTicketChannels;
import org.awpt.application.fake.MutableClock;
import org.awpt.application.fake.RecordingTicketArchive;
import org.awpt.application.fake.SequentialIdSource;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.CooldownRule;
import org.awpt.domain.access.CoolingDownException;
import org.awpt.domain.access.Requester;
import org.awpt.domain.event.KeyDelivered;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.ticket.PurchaseTicket;
import org.junit.jupiter.api.Test;

class PurchaseTicketServiceTest {
    private static final DiscordUserId ADMIN = new DiscordUserId(1_000);
    private static final DiscordUserId SUPPORT = new DiscordUserId(1_500);
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);
    private static final DiscordUserId OTHER_BUYER = new DiscordUserId(2_001);
    private static final String SUPPORT_ROLE = "600";
    private static final String GUILD = "900";

    private static final AccessPolicy ACCESS = new AccessPolicy(Set.of(ADMIN), Set.of(), Set.of(), Set.of(SUPPORT_ROLE));

    private final MutableClock clock = new MutableClock();
    private final InMemoryPurchaseTicketRepository tickets = new InMemoryPurchaseTicketRepository();
    private final InMemoryTicketChannels channels = new InMemoryTicketChannels();
    private final InMemoryCooldownStore cooldownStore = new InMemoryCooldownStore();
    // The default open_ticket rule: 2 free opens, then 30 s doubling up to 1 h.
    private final CooldownBook cooldowns = new CooldownBook(cooldownStore, ShopSettings.defaults(ACCESS), clock);
    private final RecordingTicketArchive archive = new RecordingTicketArchive();
    private final InMemoryPaymentSessionRepository sessions = new InMemoryPaymentSessionRepository();
    private final Auditor auditor = new Auditor(new InMemoryAuditLog(), new SequentialIdSource(), clock);
    private final PurchaseTicketService service = service(cooldowns);

    private PurchaseTicketService service(CooldownBook book) {
        return new PurchaseTicketService(tickets, channels, archive, sessions, book, new Authorization(ACCESS), auditor,
                TicketPolicy.defaults(), clock);
    }

    private static Requester as(DiscordUserId user, String... roles) {
        return new Requester(user, Set.of(roles));
    }

    private PurchaseTicket open(DiscordUserId buyer) {
        return service.open(new OpenTicket(as(buyer), GUILD)).ticket();
    }

    @Test
    void aBuyerGetsOneTicketInItsOwnChannelAndIsPointedToItAfterwards() {
        TicketOpening first = service.open(new OpenTicket(as(BUYER), GUILD));
        TicketOpening again = service.open(new OpenTicket(as(BUYER), GUILD));

        assertThat(first.opened()).isTrue();
        assertThat(first.ticket()).isEqualTo(PurchaseTicket.opened("ticket-1", GUILD, BUYER, clock.instant()));
        assertThat(tickets.findOpenOf(BUYER)).contains(first.ticket());
        assertThat(again).isEqualTo(new TicketOpening(first.ticket(), false));
        assertThat(channels.opened()).containsExactly("ticket-1");
    }

    @Test
    void aBuyerClickingManyTimesAtOnceGetsOneTicket() throws Exception {
        int racers = 16;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<TicketOpening>> openings = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                openings.add(pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    return service.open(new OpenTicket(as(BUYER), GUILD));
                }));
            }
            List<TicketOpening> results = new ArrayList<>();
            for (Future<TicketOpening> opening : openings) {
                results.add(opening.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn(TicketOpening::opened).hasSize(1);
            assertThat(results).extracting(r -> r.ticket().channelId()).containsOnly("ticket-1");
            assertThat(channels.opened()).containsExactly("ticket-1");
            assertThat(cooldowns.of(BUYER, CooldownAction.OPEN_TICKET).failures()).as("one open counted").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTicketWhoseChannelWasDeletedWhileTheBotWasOfflineIsClosedAndANewOneOpened() {
        PurchaseTicket old = open(BUYER);
        channels.deleteByHand(old.channelId());
        clock.advance(Duration.ofMinutes(5));

        TicketOpening fresh = service.open(new OpenTicket(as(BUYER), GUILD));

        assertThat(fresh.opened()).isTrue();
        assertThat(fresh.ticket().channelId()).isEqualTo("ticket-2");
        assertThat(tickets.find(old.channelId()).orElseThrow().closedAt()).isEqualTo(clock.instant());
        assertThat(channels.deleted()).as("the bot deletes nothing").isEmpty();
    }

    @Test
    void theEmbedMessageIsRecordedOnTheTicket() {
        PurchaseTicket ticket = open(BUYER);

        PurchaseTicket posted = service.recordEmbed(ticket.channelId(), "m-1");

        assertThat(posted.embedMessageId()).isEqualTo("m-1");
        assertThat(tickets.find(ticket.channelId())).contains(posted);
        assertThatThrownBy(() -> service.recordEmbed("nowhere", "m-2")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theBuyerOrSupportCloseATicketAndItsChannelIsDeletedAfterTheDelayButNotByAnotherBuyer() {
        PurchaseTicket mine = open(BUYER);
        PurchaseTicket theirs = open(OTHER_BUYER);

        assertThatThrownBy(() -> service.close(new CloseTicket(as(OTHER_BUYER), mine.channelId())))
                .isInstanceOf(NotAuthorizedException.class);
        assertThat(tickets.findOpenOf(BUYER)).contains(mine);

        PurchaseTicket closed = service.close(new CloseTicket(as(BUYER), mine.channelId()));
        service.close(new CloseTicket(as(SUPPORT, SUPPORT_ROLE), theirs.channelId()));

        assertThat(closed.closedAt()).isEqualTo(clock.instant());
        assertThat(service.openTickets()).isEmpty();
        assertThat(channels.deleted()).as("not before the delay").isEmpty();
        clock.advance(TicketPolicy.defaults().channelDeleteDelay());
        assertThat(service.deleteClosedChannels()).isEqualTo(2);
        assertThat(channels.deleted()).containsExactly(mine.channelId(), theirs.channelId());
        assertThatThrownBy(() -> service.close(new CloseTicket(as(BUYER), "not-a-ticket")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeletedChannelClosesItsTicketOnceAndOtherChannelsCloseNothing() {
        PurchaseTicket ticket = open(BUYER);
        Instant closedAt = clock.instant();
        service.channelDeleted("123");
        assertThat(service.openTickets()).containsExactly(ticket);

        service.channelDeleted(ticket.channelId());
        clock.advance(Duration.ofMinutes(1));
        service.channelDeleted(ticket.channelId());

        assertThat(tickets.find(ticket.channelId()).orElseThrow().closedAt()).isEqualTo(closedAt);
        assertThat(service.openTickets()).isEmpty();
    }

    @Test
    void onlyAdminsPostThePurchasePanel() {
        service.requirePanelPoster(as(ADMIN));
        assertThatThrownBy(() -> service.requirePanelPoster(as(BUYER))).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> service.requirePanelPoster(as(SUPPORT, SUPPORT_ROLE)))
                .isInstanceOf(NotAuthorizedException.class);
    }

    private PurchaseTicket openAndClose(DiscordUserId buyer) {
        PurchaseTicket ticket = open(buyer);
        service.close(new CloseTicket(as(buyer), ticket.channelId()));
        return ticket;
    }

    @Test
    void aBuyerOpeningTicketsOverAndOverWaitsLongerEachTimeAndIsToldUntilWhen() {
        openAndClose(BUYER);
        openAndClose(BUYER);
        openAndClose(BUYER);
        Instant third = clock.instant();

        assertThatThrownBy(() -> open(BUYER)).isInstanceOfSatisfying(CoolingDownException.class, refusal -> {
            assertThat(refusal.retryAt()).isEqualTo(third.plusSeconds(30));
            assertThat(refusal.details()).containsEntry("action", "open_ticket");
        });
        assertThat(channels.opened()).as("no channel opened while waiting").hasSize(3);
        clock.advance(Duration.ofSeconds(29));
        assertThatThrownBy(() -> open(BUYER)).isInstanceOf(CoolingDownException.class);

        clock.advance(Duration.ofSeconds(1));
        openAndClose(BUYER);

        assertThatThrownBy(() -> open(BUYER)).isInstanceOfSatisfying(CoolingDownException.class,
                refusal -> assertThat(refusal.retryAt()).isEqualTo(clock.instant().plusSeconds(60)));
        assertThat(channels.opened()).hasSize(4);
        assertThat(service.open(new OpenTicket(as(OTHER_BUYER), GUILD)).opened()).as("another buyer's own count")
                .isTrue();
    }

    @Test
    void aBuyerWithAnOpenTicketIsPointedToItWhileCoolingDownAndNothingIsCounted() {
        openAndClose(BUYER);
        openAndClose(BUYER);
        PurchaseTicket third = open(BUYER);

        for (int i = 0; i < 5; i++) {
            assertThat(service.open(new OpenTicket(as(BUYER), GUILD))).isEqualTo(new TicketOpening(third, false));
        }

        assertThat(cooldowns.of(BUYER, CooldownAction.OPEN_TICKET).failures()).isEqualTo(3);
    }

    @Test
    void aKeyDeliveredToTheBuyerClearsTheCount() {
        openAndClose(BUYER);
        openAndClose(BUYER);
        openAndClose(BUYER);
        assertThatThrownBy(() -> open(BUYER)).isInstanceOf(CoolingDownException.class);
        EventDispatcher events = new EventDispatcher();
        events.add(ShopReactions.openTicketCooldownCleared(cooldowns));
        LicenseKey delivered = TestKeys.inStock(1, LicenseTypeCode.WEEKLY, clock.instant()).deliver(
                new ClaimOrder(new OrderId("robux:1"), LicenseType.weekly(), BUYER, null, null), clock.instant());

        events.publish(new KeyDelivered(delivered, DeliveryChannel.DIRECT_MESSAGE));

        assertThat(service.open(new OpenTicket(as(BUYER), GUILD)).opened()).isTrue();
        assertThat(cooldowns.of(BUYER, CooldownAction.OPEN_TICKET).failures()).isEqualTo(1);
    }

    @Test
    void theConfiguredOpenTicketRuleIsTheOneApplied() {
        ShopSettings d = ShopSettings.defaults(ACCESS);
        ShopSettings strict = new ShopSettings(d.types(), d.prices(), d.methods(), d.gamePasses(), d.thresholds(),
                d.buyerPolicy(), d.proofPolicy(), d.importLimits(), d.access(), d.sessionExpiry(),
                Map.of(CooldownAction.OPEN_TICKET, new CooldownRule(0, Duration.ofMinutes(10), Duration.ofHours(2))),
                d.zone(), d.limits());
        PurchaseTicketService strictShop = service(new CooldownBook(cooldownStore, strict, clock));
        PurchaseTicket first = strictShop.open(new OpenTicket(as(BUYER), GUILD)).ticket();
        strictShop.close(new CloseTicket(as(BUYER), first.channelId()));

        assertThatThrownBy(() -> strictShop.open(new OpenTicket(as(BUYER), GUILD)))
                .isInstanceOfSatisfying(CoolingDownException.class,
                        refusal -> assertThat(refusal.retryAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10))));
    }
}
