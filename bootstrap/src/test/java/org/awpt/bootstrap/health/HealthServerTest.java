package org.awpt.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.awpt.adapters.web.HealthServer;
import org.awpt.adapters.web.ReadinessCheck;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awpt.application.stock.StockUseCase;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;
import org.awpt.domain.stock.StockThresholds;
import org.junit.jupiter.api.Test;

class HealthServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(HealthServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthzIsReadyOnlyWhenEveryCheckIsUpAndMetricsShowTheStock() throws Exception {
        AtomicBoolean discord = new AtomicBoolean(false);
        PrometheusMeterRegistry registry = ShopMetrics.registry(new FixedStock(),
                List.of(LicenseTypeCode.WEEKLY, LicenseTypeCode.MONTHLY));
        List<ReadinessCheck> checks = List.of(new ReadinessCheck("database", () -> true),
                new ReadinessCheck("discord", discord::get),
                new ReadinessCheck("broken", () -> {
                    throw new IllegalStateException("down");
                }));

        try (HealthServer server = HealthServer.start(0, registry, checks.subList(0, 2))) {
            HttpResponse<String> notReady = get(server, "/healthz");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).isEqualTo("not ready\ndatabase: up\ndiscord: down\n");

            discord.set(true);
            HttpResponse<String> ready = get(server, "/healthz");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).startsWith("ready\n");

            HttpResponse<String> metrics = get(server, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("awpt_keys_available{type=\"weekly\"} 12.0")
                    .contains("awpt_keys_available{type=\"monthly\"} 0.0").contains("jvm_memory_used_bytes");
        }
        assertThat(checks.get(2).isReady()).isFalse();
    }

    /** Twelve weekly keys, no monthly key. */
    private static final class FixedStock implements StockUseCase {
        @Override
        public List<StockStatus> current() {
            return List.of(StockStatus.of(LicenseTypeCode.WEEKLY, 12, StockThresholds.defaults()),
                    StockStatus.of(LicenseTypeCode.MONTHLY, 0, StockThresholds.defaults()));
        }

        @Override
        public List<StockChange> refresh() {
            return List.of();
        }

        @Override
        public void startUp() {
            // no alert to raise
        }
    }
}
