package org.awpt.application.port;

import org.awpt.domain.ticket.TicketClosing;
import org.awpt.domain.ticket.Transcript;

/** Where the transcripts of closed purchase tickets go: the shop's ticket log, and the buyer's own copy. */
public interface TicketArchive {

    /** Posts the transcript of a closed ticket in the shop's ticket log (a log channel), if it has one. */
    void keep(TicketClosing closing, Transcript transcript);

    /**
     * Sends the buyer their copy of the transcript.
     *
     * @return false when the buyer does not accept direct messages (never retried)
     */
    boolean sendToBuyer(TicketClosing closing, Transcript transcript);
}
