package org.awpt.bootstrap.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.awpt.application.storefront.StorefrontCatalog;
import org.awpt.application.storefront.StorefrontProvider;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * The storefronts that ask the shop for keys (dynamic delivery) and the listener their webhooks
 * reach. Its {@code toString} shows no secret.
 *
 * @param bindAddress where the webhook listener binds (127.0.0.1 behind a local reverse proxy)
 * @param port        its TCP port
 * @param providers   the configured storefronts; none means the listener does not run
 */
public record StorefrontConfig(String bindAddress, int port, List<Provider> providers) {
    /** The names of the storefronts AWPT speaks to. */
    public static final List<String> NAMES = List.of("sellix", "sellauth", "sellapp");

    /** Checks the parts and copies the list. */
    public StorefrontConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("a port is 0 to 65535");
        }
        providers = List.copyOf(providers);
    }

    /** Whether the webhook listener runs: only once a storefront is configured. */
    public boolean listening() {
        return !providers.isEmpty();
    }

    /** The storefronts, as the application takes them. */
    public StorefrontCatalog catalog() {
        return new StorefrontCatalog(providers.stream()
                .map(provider -> new StorefrontProvider(provider.name(), provider.method(), provider.products()))
                .toList());
    }

    /**
     * One storefront.
     *
     * @param name     {@code sellix}, {@code sellauth} or {@code sellapp}
     * @param secret   its webhook secret
     * @param method   the storefront payment method whose money it takes (lockdown, statistics)
     * @param products its product (or variant) ids and the license type each sells
     */
    public record Provider(String name, Secret secret, String method, Map<String, LicenseTypeCode> products) {
        /** Checks every part is present and copies the mapping. */
        public Provider {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(method, "method");
            products = Map.copyOf(products);
        }
    }
}
