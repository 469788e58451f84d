package org.awpt.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.awpt.domain.DiscordUserId;
import org.junit.jupiter.api.Test;

class PurchaseTicketTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);

    @Test
    void aTicketOpensWithoutEmbedGetsOneAndClosesOnce() {
        PurchaseTicket opened = PurchaseTicket.opened("c-1", "g-1", BUYER, T0);
        PurchaseTicket posted = opened.withEmbed("m-1");
        PurchaseTicket closed = posted.close(T0.plusSeconds(60));

        assertThat(opened.isOpen()).isTrue();
        assertThat(opened.embedMessageId()).isNull();
        assertThat(posted.embedMessageId()).isEqualTo("m-1");
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.closedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(closed.close(T0.plusSeconds(120))).isSameAs(closed);
    }

    @Test
    void aTicketNamesItsChannelAndServerAndClosesAfterItOpens() {
        assertThatThrownBy(() -> PurchaseTicket.opened(" ", "g-1", BUYER, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PurchaseTicket.opened("c-1", null, BUYER, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PurchaseTicket("c-1", "g-1", BUYER, null, T0, T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PurchaseTicket.opened("c-1", "g-1", BUYER, T0).withEmbed(""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writingInATicketVoidsItsWarningAndAClosedTicketsChannelGoesOnce() {
        PurchaseTicket warned = PurchaseTicket.opened("c-1", "g-1", BUYER, T0).deliveredAt(T0.plusSeconds(5))
                .warnedAt(T0.plusSeconds(10));
        PurchaseTicket active = warned.activeAt(T0.plusSeconds(20));

        assertThat(active.warnedAt()).isNull();
        assertThat(active.lastActivityAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(active.deliveredAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(active.activeAt(T0.plusSeconds(15)).lastActivityAt()).as("never back in time")
                .isEqualTo(T0.plusSeconds(20));

        PurchaseTicket closed = active.close(T0.plusSeconds(30), T0.plusSeconds(40));
        assertThat(closed.channelDeleteAt()).isEqualTo(T0.plusSeconds(40));
        assertThat(closed.channelDeleted().channelDeleteAt()).isNull();
        assertThat(closed.channelDeleted().isOpen()).isFalse();
    }

    @Test
    void aClosingNamesWhoClosedByHandAndKeepsAShortReason() {
        PurchaseTicket closed = PurchaseTicket.opened("c-1", "g-1", BUYER, T0).close(T0.plusSeconds(1));

        assertThat(new TicketClosing(closed, BUYER, CloseCause.BY_HAND, "  done  ").givenReason()).contains("done");
        assertThat(new TicketClosing(closed, null, CloseCause.IDLE, " ").givenReason()).isEmpty();
        assertThatThrownBy(() -> new TicketClosing(closed, null, CloseCause.BY_HAND, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketClosing(closed, BUYER, CloseCause.DELIVERED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketClosing(closed, BUYER, CloseCause.BY_HAND, "x".repeat(501)))
                .isInstanceOf(org.awpt.domain.InvalidInputException.class);
        assertThatThrownBy(() -> new TicketClosing(PurchaseTicket.opened("c-1", "g-1", BUYER, T0), BUYER,
                CloseCause.BY_HAND, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
