package org.awpt.application.fake;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awpt.application.port.TicketArchive;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.ticket.TicketClosing;
import org.awpt.domain.ticket.Transcript;

/** Records the transcripts kept in the ticket log and sent to buyers; {@link #closeDirectMessages} models a buyer who takes none. */
public final class RecordingTicketArchive implements TicketArchive {
    private final List<Kept> logged = new CopyOnWriteArrayList<>();
    private final List<Kept> sent = new CopyOnWriteArrayList<>();
    private final Set<DiscordUserId> closedDirectMessages = ConcurrentHashMap.newKeySet();

    @Override
    public void keep(TicketClosing closing, Transcript transcript) {
        logged.add(new Kept(closing, transcript));
    }

    @Override
    public boolean sendToBuyer(TicketClosing closing, Transcript transcript) {
        if (closedDirectMessages.contains(closing.ticket().buyer())) {
            return false;
        }
        sent.add(new Kept(closing, transcript));
        return true;
    }

    /** From now on the user takes no direct messages. */
    public void closeDirectMessages(DiscordUserId user) {
        closedDirectMessages.add(user);
    }

    /** The transcripts posted in the ticket log, in order. */
    public List<Kept> logged() {
        return List.copyOf(logged);
    }

    /** The transcripts sent to buyers, in order. */
    public List<Kept> sentToBuyers() {
        return List.copyOf(sent);
    }

    /**
     * A transcript kept or sent, with the closing it tells of.
     *
     * @param closing    the close
     * @param transcript the messages
     */
    public record Kept(TicketClosing closing, Transcript transcript) {
    }
}
