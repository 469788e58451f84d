package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.domain.DiscordUserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PurchaseTicketRepository} does. Subclasses give a fresh, empty repository. */
public abstract class PurchaseTicketRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);
    private static final DiscordUserId OTHER = new DiscordUserId(2_001);
    private static final String GUILD = "900";

    private PurchaseTicketRepository tickets;

    /** A fresh, empty repository. */
    protected abstract PurchaseTicketRepository newRepository();

    @BeforeEach
    void setUp() {
        tickets = newRepository();
    }

    @Test
    void savedTicketsAreFoundByChannelAndBuyer() {
        PurchaseTicket ticket = PurchaseTicket.opened("100", GUILD, BUYER, T0);
        tickets.save(ticket);

        assertThat(tickets.find("100")).contains(ticket);
        assertThat(tickets.findOpenOf(BUYER)).contains(ticket);
        assertThat(tickets.findOpenOf(OTHER)).isEmpty();
        assertThat(tickets.find("101")).isEmpty();
    }

    @Test
    void savingAgainReplacesTheTicket() {
        tickets.save(PurchaseTicket.opened("100", GUILD, BUYER, T0));
        PurchaseTicket withEmbed = PurchaseTicket.opened("100", GUILD, BUYER, T0).withEmbed("555");
        tickets.save(withEmbed);

        assertThat(tickets.find("100")).contains(withEmbed);
        assertThat(tickets.allOpen()).containsExactly(withEmbed);
    }

    @Test
    void allOpenListsOpenTicketsOldestFirst() {
        PurchaseTicket second = PurchaseTicket.opened("200", GUILD, OTHER, T0.plusSeconds(60));
        PurchaseTicket first = PurchaseTicket.opened("100", GUILD, BUYER, T0);
        PurchaseTicket closed = PurchaseTicket.opened("300", GUILD, BUYER, T0.plusSeconds(30));
        tickets.save(second);
        tickets.save(first);
        tickets.save(closed);
        tickets.close("300", T0.plusSeconds(90), null);

        assertThat(tickets.allOpen()).containsExactly(first, second);
    }

    @Test
    void closingKeepsTheTicketButNotAsOpen() {
        tickets.save(PurchaseTicket.opened("100", GUILD, BUYER, T0).withEmbed("555"));

        PurchaseTicket closed = tickets.close("100", T0.plusSeconds(10), T0.plusSeconds(20)).orElseThrow();

        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.closedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(closed.channelDeleteAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(closed.embedMessageId()).isEqualTo("555");
        assertThat(tickets.find("100")).contains(closed);
        assertThat(tickets.findOpenOf(BUYER)).isEmpty();
        assertThat(tickets.allOpen()).isEmpty();
    }

    @Test
    void closingTwiceClosesOnceAndKeepsTheFirstCloseTime() {
        tickets.save(PurchaseTicket.opened("100", GUILD, BUYER, T0));
        tickets.close("100", T0.plusSeconds(10), null);

        assertThat(tickets.close("100", T0.plusSeconds(20), T0.plusSeconds(30))).as("closed already").isEmpty();
        assertThat(tickets.find("100").orElseThrow().closedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(tickets.find("100").orElseThrow().channelDeleteAt()).isNull();
    }

    @Test
    void closingAnUnknownTicketFindsNothing() {
        assertThat(tickets.close("404", T0, null)).isEmpty();
    }

    @Test
    void ofManyClosesAtOnceExactlyOneClosesTheTicket() throws Exception {
        tickets.save(PurchaseTicket.opened("100", GUILD, BUYER, T0));
        int racers = 16;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Boolean>> closes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Instant at = T0.plusSeconds(10 + i);
                closes.add(pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    return tickets.close("100", at, at.plusSeconds(10)).isPresent();
                }));
            }
            int closed = 0;
            for (Future<Boolean> close : closes) {
                closed += close.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(closed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyDeadlineOfATicketIsKept() {
        PurchaseTicket ticket = PurchaseTicket.opened("100", GUILD, BUYER, T0).withEmbed("555")
                .activeAt(T0.plusSeconds(60)).deliveredAt(T0.plusSeconds(90)).warnedAt(T0.plusSeconds(120));
        tickets.save(ticket);

        PurchaseTicket found = tickets.find("100").orElseThrow();
        assertThat(found).isEqualTo(ticket);
        assertThat(found.lastActivityAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(found.deliveredAt()).isEqualTo(T0.plusSeconds(90));
        assertThat(found.warnedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(tickets.allOpen()).containsExactly(ticket);
    }

    @Test
    void anOpenTicketIsUpdatedButAClosedOrUnknownOneIsNot() {
        PurchaseTicket ticket = PurchaseTicket.opened("100", GUILD, BUYER, T0);
        tickets.save(ticket);
        PurchaseTicket active = ticket.activeAt(T0.plusSeconds(60));

        assertThat(tickets.updateOpen(active)).isTrue();
        assertThat(tickets.find("100")).contains(active);

        tickets.close("100", T0.plusSeconds(70), null);
        assertThat(tickets.updateOpen(active.deliveredAt(T0.plusSeconds(80)))).as("closed meanwhile").isFalse();
        assertThat(tickets.find("100").orElseThrow().isOpen()).as("stays closed").isFalse();
        assertThat(tickets.find("100").orElseThrow().deliveredAt()).isNull();
        assertThat(tickets.updateOpen(PurchaseTicket.opened("404", GUILD, BUYER, T0))).isFalse();
        assertThat(tickets.find("404")).isEmpty();
    }

    @Test
    void channelsToDeleteAreTheDueOnesSoonestFirstUntilDeleted() {
        tickets.save(PurchaseTicket.opened("100", GUILD, BUYER, T0));
        tickets.save(PurchaseTicket.opened("200", GUILD, OTHER, T0));
        tickets.save(PurchaseTicket.opened("300", GUILD, OTHER, T0));
        tickets.save(PurchaseTicket.opened("400", GUILD, OTHER, T0));
        PurchaseTicket later = tickets.close("100", T0.plusSeconds(10), T0.plusSeconds(40)).orElseThrow();
        PurchaseTicket sooner = tickets.close("200", T0.plusSeconds(10), T0.plusSeconds(30)).orElseThrow();
        tickets.close("300", T0.plusSeconds(10), T0.plusSeconds(50));
        tickets.close("400", T0.plusSeconds(10), null);

        assertThat(tickets.channelsToDelete(T0.plusSeconds(29))).isEmpty();
        assertThat(tickets.channelsToDelete(T0.plusSeconds(40))).containsExactly(sooner, later);

        tickets.save(sooner.channelDeleted());
        assertThat(tickets.channelsToDelete(T0.plusSeconds(40))).containsExactly(later);
        assertThat(tickets.find("200").orElseThrow().isOpen()).isFalse();
    }

    @Test
    void aBuyersNewestOpenTicketIsFound() {
        tickets.save(PurchaseTicket.opened("100", GUILD, BUYER, T0));
        PurchaseTicket newer = PurchaseTicket.opened("101", GUILD, BUYER, T0.plusSeconds(5));
        tickets.save(newer);

        assertThat(tickets.findOpenOf(BUYER)).contains(newer);
    }

    @Test
    void concurrentSavesOfDifferentTicketsAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String channel = Integer.toString(1_000 + i);
                done.add(pool.submit(() -> tickets.save(PurchaseTicket.opened(channel, GUILD, BUYER, T0))));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(tickets.allOpen()).hasSize(200);
    }

    @Test
    void ticketsCheckTheirParts() {
        assertThatThrownBy(() -> PurchaseTicket.opened(" ", GUILD, BUYER, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PurchaseTicket.opened("1", null, BUYER, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PurchaseTicket.opened("1", GUILD, null, T0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PurchaseTicket.opened("1", GUILD, BUYER, T0).withEmbed(""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PurchaseTicket("1", GUILD, BUYER, null, T0, T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PurchaseTicket("1", GUILD, BUYER, null, T0, null, T0.minusSeconds(1), null, null,
                null)).as("active before it opened").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PurchaseTicket("1", GUILD, BUYER, null, T0, null, T0, null, null, T0))
                .as("an open ticket's channel is not deleted").isInstanceOf(IllegalArgumentException.class);
    }
}
