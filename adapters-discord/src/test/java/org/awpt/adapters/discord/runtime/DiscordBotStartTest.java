package org.awpt.adapters.discord.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.dv8tion.jda.api.JDA;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.awpt.adapters.discord.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Starts the real JDA against a local stand-in for Discord's REST API and gateway. */
class DiscordBotStartTest {
    private static final String SELF = "{\"id\":\"111\",\"username\":\"awpt\",\"discriminator\":\"0000\","
            + "\"avatar\":null,\"bot\":true,\"verified\":true,\"mfa_enabled\":false,\"flags\":0}";

    private final MockWebServer server = new MockWebServer();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> commandBodies = new CopyOnWriteArrayList<>();
    private final List<WebSocket> sockets = new CopyOnWriteArrayList<>();
    private final CountDownLatch registered = new CountDownLatch(1);
    private final CountDownLatch answered = new CountDownLatch(2);
    private final List<String> interactionCalls = new CopyOnWriteArrayList<>();
    private static final String MESSAGE = "{\"id\":\"600\",\"type\":0,\"channel_id\":\"300\",\"content\":\"pong\","
            + "\"author\":" + SELF + ",\"attachments\":[],\"embeds\":[],\"mentions\":[],\"mention_roles\":[],"
            + "\"pinned\":false,\"mention_everyone\":false,\"tts\":false,\"timestamp\":\"2026-01-01T00:00:00.000000+00:00\","
            + "\"flags\":64,\"components\":[]}";

    @BeforeEach
    void startDiscord() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String target = request.getTarget();
                requests.add(request.getMethod() + " " + target);
                if (target.startsWith("/api/v10/users/@me")) {
                    return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(SELF).build();
                }
                if (target.startsWith("/api/v10/applications/111/commands")) {
                    commandBodies.add(request.getBody() == null ? "" : request.getBody().utf8());
                    registered.countDown();
                    return new MockResponse.Builder().addHeader("Content-Type", "application/json").body("[]").build();
                }
                if (target.startsWith("/api/v10/interactions/") || target.startsWith("/api/v10/webhooks/")) {
                    interactionCalls.add(request.getMethod() + " " + target + " "
                            + (request.getBody() == null ? "" : request.getBody().utf8()));
                    answered.countDown();
                    return new MockResponse.Builder().addHeader("Content-Type", "application/json")
                            .body(target.startsWith("/api/v10/webhooks/") ? MESSAGE : "").code(
                                    target.startsWith("/api/v10/webhooks/") ? 200 : 204).build();
                }
                if (target.startsWith("/?")) {
                    return new MockResponse.Builder().webSocketUpgrade(new Gateway()).build();
                }
                return new MockResponse.Builder().code(404).body("{\"message\":\"404\",\"code\":0}").build();
            }
        });
        server.start();
    }

    @AfterEach
    void stopDiscord() throws IOException {
        sockets.forEach(socket -> socket.close(1000, null));
        server.close();
    }

    /** Says HELLO, answers IDENTIFY with READY (no servers) and acknowledges heartbeats. */
    private final class Gateway extends WebSocketListener {
        @Override
        public void onClosing(WebSocket socket, int code, String reason) {
            socket.close(1000, null);
        }

        @Override
        public void onOpen(WebSocket socket, Response response) {
            sockets.add(socket);
            socket.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
        }

        @Override
        public void onMessage(WebSocket socket, String text) {
            if (text.contains("\"op\":2")) {
                socket.send("{\"op\":0,\"s\":1,\"t\":\"READY\",\"d\":{\"v\":10,\"user\":" + SELF
                        + ",\"guilds\":[],\"private_channels\":[],\"session_id\":\"s1\",\"resume_gateway_url\":\"ws://"
                        + server.getHostName() + ":" + server.getPort() + "\",\"application\":{\"id\":\"111\",\"flags\":0}}}");
            } else if (text.contains("\"op\":1")) {
                socket.send("{\"op\":11}");
            }
        }
    }

    @Test
    @Timeout(value = 40, unit = TimeUnit.SECONDS)
    void aSlashCommandIsDeferredThenAnsweredInPlace() throws Exception {
        DiscordBot bot = new DiscordBot(settings());
        CommandHandler ping = new CommandHandler() {
            @Override
            public String name() {
                return "ping";
            }

            @Override
            public Reply handle(Invocation invocation) {
                return Reply.privateText("pong " + invocation.user());
            }
        };
        Messages messages = Messages.english();
        InteractionRouter router = new InteractionRouter(bot.handlerPool(), new ErrorMapper(messages), messages,
                List.of(ping), List.of(), List.of());
        try {
            bot.start(List.of(router), List.of());
            // JDA tells an interaction's age by its snowflake: this one is created now.
            String id = Long.toString((System.currentTimeMillis() - 1_420_070_400_000L) << 22);
            sockets.get(0).send("{\"op\":0,\"s\":2,\"t\":\"INTERACTION_CREATE\",\"d\":{\"id\":\"" + id + "\","
                    + "\"application_id\":\"111\",\"type\":2,\"token\":\"tok\",\"version\":1,"
                    + "\"channel_id\":\"300\",\"channel\":{\"id\":\"300\",\"type\":1},"
                    + "\"user\":{\"id\":\"2000\",\"username\":\"buyer\",\"discriminator\":\"0000\",\"avatar\":null},"
                    + "\"locale\":\"en-US\",\"app_permissions\":\"0\",\"entitlements\":[],"
                    + "\"authorizing_integration_owners\":{\"1\":\"2000\"},\"context\":1,"
                    + "\"data\":{\"id\":\"700\",\"name\":\"ping\",\"type\":1}}}");

            assertThat(answered.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(interactionCalls.get(0)).startsWith("POST /api/v10/interactions/" + id + "/tok/callback")
                    .contains("\"type\":5").contains("\"flags\":64");
            assertThat(interactionCalls.get(1)).startsWith("PATCH /api/v10/webhooks/111/tok/messages/@original")
                    .contains("pong 2000");
        } finally {
            bot.shutdown();
        }
    }

    private DiscordSettings settings() {
        return new DiscordSettings("test-token", List.of(), true, Optional.empty(), 1,
                Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("http://" + server.getHostName() + ":" + server.getPort() + "/api/v10/"),
                Optional.of("ws://" + server.getHostName() + ":" + server.getPort()), 1, 10, Locale.ROOT);
    }

    @Test
    @Timeout(value = 40, unit = TimeUnit.SECONDS)
    void connectsThroughTheOverridesAndRegistersTheCommandsGlobally() throws Exception {
        DiscordSettings settings = new DiscordSettings("test-token", List.of(), true, Optional.empty(), 1,
                Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("http://" + server.getHostName() + ":" + server.getPort() + "/api/v10/"),
                Optional.of("ws://" + server.getHostName() + ":" + server.getPort()), 1, 10, Locale.ROOT);
        DiscordBot bot = new DiscordBot(settings);
        try {
            JDA jda = bot.start(List.of(), new SlashCommands(Messages.english(), List.of("weekly"), List.of("robux"),
                    List.of("key_revoked")).all());

            assertThat(jda.getSelfUser().getName()).isEqualTo("awpt");
            assertThat(registered.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(commandBodies).singleElement().satisfies(body -> assertThat(body)
                    .contains("\"license\"").contains("\"requestkeys\"").contains("\"panel\""));
            assertThat(requests).anyMatch(r -> r.startsWith("GET /api/v10/users/@me"));
        } finally {
            bot.shutdown();
        }
    }
}
