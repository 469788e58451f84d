package org.awpt.application.ticket;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.cooldown.CooldownBook;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.port.TicketChannels;
import org.awpt.application.shared.Authorization;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.Requester;
import org.awpt.domain.access.Role;
import org.awpt.domain.ticket.PurchaseTicket;

/**
 * Purchase tickets over their repository and their channels. Opening is serialized per buyer (by a
 * fixed set of locks, so memory does not grow with buyers) within this process; the repository
 * keeps tickets across restarts. Every channel opened counts toward the buyer's {@code open_ticket}
 * cooldown; a key delivered to the buyer clears it
 * ({@link org.awpt.application.event.ShopReactions#openTicketCooldownCleared}).
 */
public final class PurchaseTicketService implements PurchaseTicketUseCase {
    private static final System.Logger LOG = System.getLogger(PurchaseTicketService.class.getName());
    private static final int OPENING_LOCKS = 64;

    private final PurchaseTicketRepository tickets;
    private final TicketChannels channels;
    private final CooldownBook cooldowns;
    private final Authorization authorization;
    private final Clock clock;
    private final Object[] opening = new Object[OPENING_LOCKS];

    /** Tickets kept in {@code tickets}, living in {@code channels}, opened at the pace {@code cooldowns} allow. */
    public PurchaseTicketService(PurchaseTicketRepository tickets, TicketChannels channels, CooldownBook cooldowns,
            Authorization authorization, Clock clock) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.channels = Objects.requireNonNull(channels, "channels");
        this.cooldowns = Objects.requireNonNull(cooldowns, "cooldowns");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (int i = 0; i < OPENING_LOCKS; i++) {
            opening[i] = new Object();
        }
    }

    @Override
    public void requirePanelPoster(Requester requester) {
        authorization.requireAdmin(requester, "post the purchase panel");
    }

    @Override
    public TicketOpening open(OpenTicket command) {
        DiscordUserId buyer = command.requester().userId();
        synchronized (opening[Math.floorMod(buyer.hashCode(), OPENING_LOCKS)]) {
            Optional<PurchaseTicket> existing = tickets.findOpenOf(buyer);
            // A channel deleted by hand while the bot was offline left its ticket open: close it, open a new one.
            while (existing.isPresent() && !channels.exists(existing.get().channelId())) {
                closeStale(existing.get());
                existing = tickets.findOpenOf(buyer);
            }
            if (existing.isPresent()) {
                // Pointing at the open ticket costs nothing: no check, nothing counted.
                return new TicketOpening(existing.get(), false);
            }
            cooldowns.check(buyer, CooldownAction.OPEN_TICKET);
            String channel = channels.open(command.guildId(), buyer);
            PurchaseTicket ticket = PurchaseTicket.opened(channel, command.guildId(), buyer, clock.instant());
            tickets.save(ticket);
            // Each channel opened counts as a failure counts elsewhere: opening and closing over and over waits.
            cooldowns.recordFailure(buyer, CooldownAction.OPEN_TICKET);
            LOG.log(Level.INFO, "opened purchase ticket " + channel + " for " + buyer);
            return new TicketOpening(ticket, true);
        }
    }

    @Override
    public PurchaseTicket recordEmbed(String channelId, String messageId) {
        PurchaseTicket posted = find(channelId).withEmbed(messageId);
        tickets.save(posted);
        return posted;
    }

    @Override
    public PurchaseTicket close(CloseTicket command) {
        PurchaseTicket ticket = find(command.channelId());
        Actor actor = authorization.actor(command.requester());
        if (!ticket.buyer().equals(actor.id()) && !actor.has(Role.SUPPORT)) {
            throw new NotAuthorizedException(actor.id(), "close another buyer's ticket");
        }
        PurchaseTicket closed = tickets.close(ticket.channelId(), clock.instant()).orElse(ticket);
        LOG.log(Level.INFO, actor.id() + " closed purchase ticket " + ticket.channelId());
        channels.delete(ticket.channelId());
        return closed;
    }

    @Override
    public void channelDeleted(String channelId) {
        tickets.find(channelId).filter(PurchaseTicket::isOpen).ifPresent(this::closeStale);
    }

    @Override
    public List<PurchaseTicket> openTickets() {
        return tickets.allOpen();
    }

    private PurchaseTicket find(String channelId) {
        return tickets.find(channelId).orElseThrow(() -> new NotFoundException("ticket", channelId));
    }

    private void closeStale(PurchaseTicket ticket) {
        tickets.close(ticket.channelId(), clock.instant());
        LOG.log(Level.INFO, "closed purchase ticket " + ticket.channelId() + " of " + ticket.buyer()
                + ": its channel is gone");
    }
}
