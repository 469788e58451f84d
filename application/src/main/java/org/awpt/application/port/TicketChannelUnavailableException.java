package org.awpt.application.port;

/**
 * No ticket channel can be opened by this process: it has no connection to the chat the channels
 * live in (a command-line run). Nothing was opened; the bot opens tickets when it runs.
 */
public final class TicketChannelUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Says why no channel can be opened here. */
    public TicketChannelUnavailableException(String message) {
        super(message);
    }
}
