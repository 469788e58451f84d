package org.awpt.bootstrap.guice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awpt.adapters.discord.runtime.DiscordBot;
import org.awpt.adapters.web.HealthServer;
import org.awpt.adapters.web.ReadinessCheck;
import org.junit.jupiter.api.Test;

/** {@code /healthz} as the run command wires it: ready only while the database answers and Discord is connected. */
class DiscordRuntimeReadinessTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final DiscordBot bot = mock(DiscordBot.class);
    private final DiscordRuntime runtime = new DiscordRuntime(bot, java.util.Set.of(), null, null);
    private final AtomicBoolean database = new AtomicBoolean(true);

    private HttpResponse<String> healthz(HealthServer server) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readyOnlyWhileTheBotIsConnectedLiveAndNotStopping() throws Exception {
        List<ReadinessCheck> checks = List.of(new ReadinessCheck("database", database::get),
                new ReadinessCheck("discord", runtime::isConnected));
        try (HealthServer server = HealthServer.start(0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                checks)) {
            assertThat(healthz(server).body()).as("not connected yet").isEqualTo("not ready\ndatabase: up\ndiscord: down\n");

            when(bot.isConnected()).thenReturn(true);
            assertThat(healthz(server).statusCode()).isEqualTo(200);

            when(bot.isConnected()).thenReturn(false);
            assertThat(healthz(server).body()).as("connection lost, JDA reconnecting")
                    .isEqualTo("not ready\ndatabase: up\ndiscord: down\n");

            when(bot.isConnected()).thenReturn(true);
            database.set(false);
            assertThat(healthz(server).body()).isEqualTo("not ready\ndatabase: down\ndiscord: up\n");

            database.set(true);
            assertThat(healthz(server).statusCode()).isEqualTo(200);
            runtime.close();
            HttpResponse<String> stopping = healthz(server);
            assertThat(stopping.statusCode()).as("stopping, though JDA still connected").isEqualTo(503);
            assertThat(stopping.body()).isEqualTo("not ready\ndatabase: up\ndiscord: down\n");
            verify(bot).shutdown();
        }
    }
}
