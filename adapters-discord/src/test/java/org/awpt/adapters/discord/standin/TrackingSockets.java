package org.awpt.adapters.discord.standin;

import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Server sockets that remember every connection they accepted, so a test can cut them all at once
 * as a network failure would: no close frame, no HTTP response, just a dead TCP connection. They send
 * at once, as {@link NoDelaySockets}.
 */
final class TrackingSockets extends NoDelaySockets {

    private final List<Socket> accepted = new ArrayList<>();

    /** Closes every accepted connection that is still open; returns how many were cut. */
    synchronized int cutAll() {
        int cut = 0;
        for (Socket socket : accepted) {
            if (!socket.isClosed()) {
                try {
                    socket.close();
                    cut++;
                } catch (IOException e) {
                    // Already failing: nothing left to cut.
                }
            }
        }
        accepted.clear();
        return cut;
    }

    private synchronized void remember(Socket socket) {
        accepted.removeIf(Socket::isClosed);
        accepted.add(socket);
    }

    @Override
    protected void accepted(Socket socket) {
        remember(socket);
    }
}
