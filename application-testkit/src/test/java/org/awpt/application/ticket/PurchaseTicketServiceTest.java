package org.awpt.application.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awpt.application.fake.InMemoryPurchaseTicketRepository;
import org.awpt.application.fake.InMemoryTicketChannels;
import org.awpt.application.fake.MutableClock;
import org.awpt.application.shared.Authorization;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.Requester;
import org.awpt.domain.ticket.PurchaseTicket;
import org.junit.jupiter.api.Test;

class PurchaseTicketServiceTest {
    private static final DiscordUserId ADMIN = new DiscordUserId(1_000);
    private static final DiscordUserId SUPPORT = new DiscordUserId(1_500);
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);
    private static final DiscordUserId OTHER_BUYER = new DiscordUserId(2_001);
    private static final String SUPPORT_ROLE = "600";
    private static final String GUILD = "900";

    private final MutableClock clock = new MutableClock();
    private final InMemoryPurchaseTicketRepository tickets = new InMemoryPurchaseTicketRepository();
    private final InMemoryTicketChannels channels = new InMemoryTicketChannels();
    private final PurchaseTicketService service = new PurchaseTicketService(tickets, channels,
            new Authorization(new AccessPolicy(Set.of(ADMIN), Set.of(), Set.of(), Set.of(SUPPORT_ROLE))), clock);

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
    void theBuyerOrSupportCloseATicketAndItsChannelIsDeletedButNotByAnotherBuyer() {
        PurchaseTicket mine = open(BUYER);
        PurchaseTicket theirs = open(OTHER_BUYER);

        assertThatThrownBy(() -> service.close(new CloseTicket(as(OTHER_BUYER), mine.channelId())))
                .isInstanceOf(NotAuthorizedException.class);
        assertThat(tickets.findOpenOf(BUYER)).contains(mine);

        PurchaseTicket closed = service.close(new CloseTicket(as(BUYER), mine.channelId()));
        service.close(new CloseTicket(as(SUPPORT, SUPPORT_ROLE), theirs.channelId()));

        assertThat(closed.closedAt()).isEqualTo(clock.instant());
        assertThat(service.openTickets()).isEmpty();
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
}
