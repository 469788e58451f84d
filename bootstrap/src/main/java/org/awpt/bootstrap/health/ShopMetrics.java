package org.awpt.bootstrap.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.awpt.application.stock.StockUseCase;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.stock.StockStatus;

/** The metrics AWPT publishes: JVM and process figures, and the available keys of each license type. */
public final class ShopMetrics {
    private ShopMetrics() {
    }

    /**
     * A registry with the JVM figures and a gauge {@code awpt_keys_available{type=...}} per type, read
     * from the stock monitor's cache (a scrape never counts keys in the database).
     */
    public static PrometheusMeterRegistry registry(StockUseCase stock, Iterable<LicenseTypeCode> types) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        for (LicenseTypeCode type : types) {
            Gauge.builder("awpt.keys.available", stock, s -> available(s, type))
                    .description("Keys of the type available for sale").tag("type", type.value())
                    .strongReference(true)
                    .register(registry);
        }
        return registry;
    }

    private static double available(StockUseCase stock, LicenseTypeCode type) {
        return stock.current().stream().filter(status -> status.type().equals(type))
                .mapToLong(StockStatus::available).findFirst().orElse(0);
    }
}
