package org.awpt.adapters.discord.standin;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted connections send at once ({@code TCP_NODELAY}), as the servers of Discord
 * and Roblox do. Without it a MockWebServer on loopback writes a response's headers and body apart, Nagle's
 * algorithm holds the body until the client acknowledges the headers, and Linux delays that acknowledgement
 * by 40 ms: each call with an answer body took about 45 ms instead of 2-3 ms (measured with OkHttp, see
 * docs/benchmarks.md), which is the stand-in's and not the bot's. For MockWebServer's
 * {@code setServerSocketFactory}.
 */
public class NoDelaySockets extends ServerSocketFactory {

    /** Called with every connection accepted, before it is used; nothing by default. */
    protected void accepted(Socket socket) {
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new Accepting();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket socket = new Accepting();
        socket.bind(new InetSocketAddress(port));
        return socket;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        ServerSocket socket = new Accepting();
        socket.bind(new InetSocketAddress(port), backlog);
        return socket;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        ServerSocket socket = new Accepting();
        socket.bind(new InetSocketAddress(address, port), backlog);
        return socket;
    }

    private final class Accepting extends ServerSocket {

        Accepting() throws IOException {
            super();
        }

        @Override
        public Socket accept() throws IOException {
            Socket socket = super.accept();
            socket.setTcpNoDelay(true);
            accepted(socket);
            return socket;
        }
    }
}
