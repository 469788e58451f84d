package org.awpt.application.ticket;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.shared.StripedLocks;
import org.awpt.application.cooldown.CooldownBook;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.port.TicketArchive;
import org.awpt.application.port.TicketChannels;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.Role;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.ticket.CloseCause;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.domain.ticket.TicketClosing;
import org.awpt.domain.ticket.Transcript;

/**
 * Purchase tickets over their repository and their channels. Opening is serialized per buyer (by a
 * fixed set of locks, so memory does not grow with buyers) within this process; the repository
 * keeps tickets across restarts. Every channel opened counts toward the buyer's {@code open_ticket}
 * cooldown; a key delivered to the buyer clears it
 * ({@link org.awpt.application.event.ShopReactions#openTicketCooldownCleared}). Closing locks the
 * channel, keeps its transcript (log channel, buyer's copy) and deletes the channel after the policy's
 * delay; the shop closes delivered and idle tickets by the {@link TicketPolicy}, never one whose buyer
 * has a payment in progress.
 */
public final class PurchaseTicketService implements PurchaseTicketUseCase {
    private static final System.Logger LOG = System.getLogger(PurchaseTicketService.class.getName());
    /** Activity is recorded at most this often per ticket (each message would be a write otherwise). */
    static final Duration ACTIVITY_GRAIN = Duration.ofMinutes(1);
    /**
     * How long a closing may take to keep its transcript before its channel may go anyway: the channel is
     * deleted by a crash-safe deadline, set before the transcript is collected and moved up once it is kept.
     */
    static final Duration ARCHIVE_ALLOWANCE = Duration.ofMinutes(10);

    private final PurchaseTicketRepository tickets;
    private final TicketChannels channels;
    private final TicketArchive archive;
    private final PaymentSessionRepository sessions;
    private final CooldownBook cooldowns;
    private final Authorization authorization;
    private final Auditor auditor;
    private final TicketPolicy policy;
    private final Clock clock;
    private final StripedLocks opening = new StripedLocks(64);

    /**
     * Tickets kept in {@code tickets}, living in {@code channels}, their transcripts kept in {@code archive},
     * opened at the pace {@code cooldowns} allow, closed by {@code policy} unless a payment in
     * {@code sessions} is in progress.
     */
    public PurchaseTicketService(PurchaseTicketRepository tickets, TicketChannels channels, TicketArchive archive,
            PaymentSessionRepository sessions, CooldownBook cooldowns, Authorization authorization, Auditor auditor,
            TicketPolicy policy, Clock clock) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.channels = Objects.requireNonNull(channels, "channels");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.cooldowns = Objects.requireNonNull(cooldowns, "cooldowns");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void requirePanelPoster(Requester requester) {
        authorization.requireAdmin(requester, "post the purchase panel");
    }

    @Override
    public TicketOpening open(OpenTicket command) {
        DiscordUserId buyer = command.requester().userId();
        return opening.withLock(buyer, () -> {
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
        });
    }

    @Override
    public PurchaseTicket recordEmbed(String channelId, String messageId) {
        PurchaseTicket posted = find(channelId).withEmbed(messageId);
        tickets.updateOpen(posted);
        return posted;
    }

    @Override
    public PurchaseTicket close(CloseTicket command) {
        PurchaseTicket ticket = find(command.channelId());
        Actor actor = authorization.actor(command.requester());
        if (!ticket.buyer().equals(actor.id()) && !actor.has(Role.SUPPORT)) {
            throw new NotAuthorizedException(actor.id(), "close another buyer's ticket");
        }
        String reason = TicketClosing.checkedReason(command.reason());
        return closeNow(ticket, command.requester().userId(), CloseCause.BY_HAND, reason)
                .orElseGet(() -> find(command.channelId()));
    }

    @Override
    public void recordActivity(String channelId) {
        tickets.find(channelId).filter(PurchaseTicket::isOpen).ifPresent(ticket -> {
            Instant now = clock.instant();
            if (ticket.warnedAt() == null && ticket.lastActivityAt().plus(ACTIVITY_GRAIN).isAfter(now)) {
                return;
            }
            tickets.updateOpen(ticket.activeAt(now));
        });
    }

    @Override
    public void purchaseDelivered(DiscordUserId buyer) {
        tickets.findOpenOf(buyer).ifPresent(ticket -> tickets.updateOpen(ticket.deliveredAt(clock.instant())));
    }

    @Override
    public int closeDue() {
        int done = 0;
        Instant now = clock.instant();
        for (PurchaseTicket ticket : tickets.allOpen()) {
            TicketPolicy.Due due = policy.due(ticket, now);
            if (due == TicketPolicy.Due.NOTHING) {
                continue;
            }
            try {
                if (!channels.exists(ticket.channelId())) {
                    closeStale(ticket);
                } else if (!sessions.openSessionsOf(ticket.buyer()).isEmpty()) {
                    // A payment in progress (proof awaited, or under review) keeps the ticket open, however long.
                    continue;
                } else if (due == TicketPolicy.Due.WARN_IDLE) {
                    PurchaseTicket warned = ticket.warnedAt(now);
                    if (tickets.updateOpen(warned)) {
                        channels.warnIdle(warned, policy.idleCloseAt(warned));
                    }
                } else {
                    closeNow(ticket, null, due == TicketPolicy.Due.CLOSE_DELIVERED ? CloseCause.DELIVERED
                            : CloseCause.IDLE, null);
                }
                done++;
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "could not " + due + " purchase ticket " + ticket.channelId() + " of "
                        + ticket.buyer() + "; the next round tries again", e);
            }
        }
        return done;
    }

    @Override
    public int deleteClosedChannels() {
        int deleted = 0;
        for (PurchaseTicket ticket : tickets.channelsToDelete(clock.instant())) {
            try {
                channels.delete(ticket.channelId());
                tickets.save(ticket.channelDeleted());
                deleted++;
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "could not delete the channel of closed ticket " + ticket.channelId()
                        + "; the next round tries again", e);
            }
        }
        return deleted;
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

    /**
     * Closes the ticket if still open (of two closes at once one does it): the buyer can no longer write,
     * the channel is told, its transcript kept and sent to the buyer, the close audited; the channel is
     * deleted by {@link #deleteClosedChannels} once the delay is up. A step that fails is logged and the
     * others still run: the ticket is closed either way.
     *
     * @return the ticket as closed now; empty when it was closed already
     */
    private Optional<PurchaseTicket> closeNow(PurchaseTicket ticket, DiscordUserId by, CloseCause cause,
            String reason) {
        String channel = ticket.channelId();
        Instant now = clock.instant();
        Instant planned = now.plus(policy.channelDeleteDelay());
        Optional<PurchaseTicket> closedNow = tickets.close(channel, now, planned.plus(ARCHIVE_ALLOWANCE));
        if (closedNow.isEmpty()) {
            return Optional.empty();
        }
        TicketClosing closing = new TicketClosing(closedNow.get().deleteChannelAt(planned), by, cause, reason);
        attempt("lock", closing, () -> channels.lock(channel, ticket.buyer()));
        attempt("announce the close of", closing, () -> channels.announceClose(closing));
        Transcript transcript;
        try {
            transcript = channels.transcript(channel);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "could not collect the transcript of purchase ticket " + channel, e);
            transcript = Transcript.unavailable(channel);
        }
        Transcript kept = transcript;
        attempt("keep the transcript of", closing, () -> archive.keep(closing, kept));
        attempt("send the buyer the transcript of", closing, () -> {
            if (!archive.sendToBuyer(closing, kept)) {
                LOG.log(Level.INFO, "the buyer " + ticket.buyer() + " of closed ticket " + channel
                        + " takes no direct messages: no transcript sent to them");
            }
        });
        // The delay counts from the close, unless keeping the transcript took longer.
        Instant deleteAt = planned.isAfter(clock.instant()) ? planned : clock.instant();
        PurchaseTicket closed = closedNow.get().deleteChannelAt(deleteAt);
        tickets.save(closed);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("buyer", ticket.buyer().asString());
        details.put("cause", cause.wireName());
        closing.givenReason().ifPresent(given -> details.put("reason", given));
        auditor.record(by, AuditAction.TICKET_CLOSED, channel, details);
        LOG.log(Level.INFO, "closed purchase ticket " + channel + " of " + ticket.buyer() + " ("
                + cause.wireName() + (by == null ? "" : ", by " + by) + "); its channel goes at " + deleteAt);
        return Optional.of(closed);
    }

    private static void attempt(String what, TicketClosing closing, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "could not " + what + " closed purchase ticket " + closing.ticket().channelId()
                    + " of " + closing.ticket().buyer() + "; the close goes on", e);
        }
    }

    private void closeStale(PurchaseTicket ticket) {
        tickets.close(ticket.channelId(), clock.instant(), null);
        LOG.log(Level.INFO, "closed purchase ticket " + ticket.channelId() + " of " + ticket.buyer()
                + ": its channel is gone");
    }
}
