package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway side of the stand-in: one WebSocket session at a time. JDA sends IDENTIFY (or RESUME)
 * as soon as it connects; the stand-in then says HELLO and sends READY plus one GUILD_CREATE per guild
 * (or RESUMED, followed by the dispatches JDA missed while it was away).
 */
final class Gateway extends WebSocketListener {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    private static final int HEARTBEAT_INTERVAL_MILLIS = 41_250;
    /** Discord's close code for a bad token: JDA gives up instead of reconnecting. */
    private static final int AUTHENTICATION_FAILED = 4004;
    /** Discord's resumable close code. */
    private static final int UNKNOWN_ERROR = 4000;

    private final BiConsumer<String, ObjectNode> shapes;
    private final String token;
    private final String sessionId;
    private final Supplier<String> resumeUrl;
    private final Supplier<ObjectNode> readyPayload;
    private final Supplier<List<ObjectNode>> guildPayloads;
    private final Deque<ObjectNode> missed = new ArrayDeque<>();
    private final List<JsonNode> received = new ArrayList<>();
    private WebSocket socket;
    private int sequence;
    private int identifies;
    private int resumes;

    /**
     * @param shapes told each dispatch before it is sent or kept for a resume, to hold it to Discord's shapes
     */
    Gateway(String token, String sessionId, Supplier<String> resumeUrl, Supplier<ObjectNode> readyPayload,
            Supplier<List<ObjectNode>> guildPayloads, BiConsumer<String, ObjectNode> shapes) {
        this.shapes = shapes;
        this.token = token;
        this.sessionId = sessionId;
        this.resumeUrl = resumeUrl;
        this.readyPayload = readyPayload;
        this.guildPayloads = guildPayloads;
    }

    @Override
    public synchronized void onOpen(WebSocket webSocket, Response response) {
        // One session at a time, as Discord: a connection still open is replaced by the new one.
        if (socket != null) {
            socket.close(1000, "Replaced by a new connection.");
        }
        socket = webSocket;
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        JsonNode frame = Json.parse(text);
        synchronized (this) {
            received.add(frame);
            notifyAll();
        }
        switch (frame.path("op").asInt(-1)) {
            case 1 -> webSocket.send(Json.write(Json.object().put("op", 11)));
            case 2 -> identify(webSocket, frame.path("d"));
            case 6 -> resume(webSocket, frame.path("d"));
            case 8 -> memberChunk(webSocket, frame.path("d"));
            default -> LOG.debug("Gateway frame ignored by the stand-in: op {}", frame.path("op"));
        }
    }

    @Override
    public synchronized void onClosing(WebSocket webSocket, int code, String reason) {
        webSocket.close(1000, null);
        forget(webSocket);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        forget(webSocket);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
        forget(webSocket);
    }

    private synchronized void forget(WebSocket webSocket) {
        if (socket == webSocket) {
            socket = null;
        }
        notifyAll();
    }

    private void identify(WebSocket webSocket, JsonNode data) {
        if (!token.equals(data.path("token").asText())) {
            webSocket.close(AUTHENTICATION_FAILED, "Authentication failed.");
            return;
        }
        synchronized (this) {
            hello(webSocket);
            sequence = 0;
            missed.clear();
            ObjectNode ready = readyPayload.get();
            ready.put("session_id", sessionId).put("resume_gateway_url", resumeUrl.get());
            sendDispatch(webSocket, "READY", ready);
            for (ObjectNode guild : guildPayloads.get()) {
                sendDispatch(webSocket, "GUILD_CREATE", guild);
            }
            identifies++;
            notifyAll();
        }
    }

    private void resume(WebSocket webSocket, JsonNode data) {
        synchronized (this) {
            hello(webSocket);
            if (!sessionId.equals(data.path("session_id").asText()) || !token.equals(data.path("token").asText())) {
                // INVALID_SESSION, not resumable: JDA identifies again.
                webSocket.send(Json.write(Json.object().put("op", 9).put("d", false)));
                return;
            }
            sendDispatch(webSocket, "RESUMED", Json.object());
            while (!missed.isEmpty()) {
                ObjectNode frame = missed.removeFirst();
                frame.put("s", ++sequence);
                webSocket.send(Json.write(frame));
            }
            resumes++;
            notifyAll();
        }
    }

    private void memberChunk(WebSocket webSocket, JsonNode data) {
        String guildId = data.path("guild_id").asText();
        for (ObjectNode guild : guildPayloads.get()) {
            if (guild.path("id").asText().equals(guildId)) {
                ObjectNode chunk = Json.object().put("guild_id", guildId).put("chunk_index", 0).put("chunk_count", 1);
                chunk.set("members", guild.get("members"));
                if (data.has("nonce")) {
                    chunk.set("nonce", data.get("nonce"));
                }
                synchronized (this) {
                    sendDispatch(webSocket, "GUILD_MEMBERS_CHUNK", chunk);
                }
            }
        }
    }

    private static void hello(WebSocket webSocket) {
        ObjectNode hello = Json.object().put("op", 10);
        hello.putObject("d").put("heartbeat_interval", HEARTBEAT_INTERVAL_MILLIS);
        webSocket.send(Json.write(hello));
    }

    private void sendDispatch(WebSocket webSocket, String type, ObjectNode data) {
        webSocket.send(Json.write(frame(type, data).put("s", ++sequence)));
    }

    private ObjectNode frame(String type, ObjectNode data) {
        shapes.accept(type, data);
        ObjectNode frame = Json.object().put("op", 0).put("t", type);
        frame.set("d", data);
        return frame;
    }

    /** Sends a dispatch now, or keeps it for the resume when JDA is disconnected. */
    synchronized void dispatch(String type, ObjectNode data) {
        dispatch(type, data, () -> { });
    }

    /**
     * As {@link #dispatch(String, ObjectNode)}, running {@code sending} once the frame is checked and
     * written, just before it goes out (or is kept for the resume): the moment an event leaves for the bot.
     */
    synchronized void dispatch(String type, ObjectNode data, Runnable sending) {
        ObjectNode frame = frame(type, data);
        if (socket == null) {
            sending.run();
            missed.addLast(frame);
        } else {
            String text = Json.write(frame.put("s", ++sequence));
            sending.run();
            socket.send(text);
        }
    }

    /**
     * Ends the session's connection with 4000 (Discord's "unknown error, try reconnecting"), which
     * JDA answers with a RESUME on a new connection. Dispatches until then are kept for the resume.
     */
    synchronized void drop() {
        if (socket != null) {
            socket.close(UNKNOWN_ERROR, "Stand-in dropped the connection.");
            socket = null;
        }
    }

    /** The connection is about to die under the socket: keep dispatches for the resume from now on. */
    synchronized void forgetConnection() {
        socket = null;
    }

    synchronized int identifies() {
        return identifies;
    }

    synchronized int resumes() {
        return resumes;
    }

    /** Waits until JDA has identified {@code count} times in total. */
    synchronized void awaitIdentifies(int count, Duration timeout) {
        await(() -> identifies >= count, timeout, count + " IDENTIFY");
    }

    /** Waits until JDA has resumed {@code count} times in total. */
    synchronized void awaitResumes(int count, Duration timeout) {
        await(() -> resumes >= count, timeout, count + " RESUME");
    }

    private void await(java.util.function.BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what + "; gateway frames: "
                        + received);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what, e);
            }
        }
    }
}
