package org.awpt.adapters.discord.standin;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import javax.net.ServerSocketFactory;

/**
 * Server sockets that remember every connection they accepted, so a test can cut them all at once
 * as a network failure would: no close frame, no HTTP response, just a dead TCP connection.
 */
final class TrackingSockets extends ServerSocketFactory {

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
    public ServerSocket createServerSocket() throws IOException {
        return new Tracking();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket socket = new Tracking();
        socket.bind(new java.net.InetSocketAddress(port));
        return socket;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        ServerSocket socket = new Tracking();
        socket.bind(new java.net.InetSocketAddress(port), backlog);
        return socket;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        ServerSocket socket = new Tracking();
        socket.bind(new java.net.InetSocketAddress(address, port), backlog);
        return socket;
    }

    private final class Tracking extends ServerSocket {

        Tracking() throws IOException {
            super();
        }

        @Override
        public Socket accept() throws IOException {
            Socket socket = super.accept();
            remember(socket);
            return socket;
        }
    }
}
