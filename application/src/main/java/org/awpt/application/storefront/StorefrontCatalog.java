package org.awpt.application.storefront;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The storefronts the shop sells through, by name; empty when none is configured. */
public final class StorefrontCatalog {
    private final Map<String, StorefrontProvider> byName = new LinkedHashMap<>();

    /** A catalog of these storefronts; names are distinct. */
    public StorefrontCatalog(List<StorefrontProvider> providers) {
        for (StorefrontProvider provider : providers) {
            if (byName.put(provider.name(), provider) != null) {
                throw new IllegalArgumentException("storefront listed twice: " + provider.name());
            }
        }
    }

    /** A catalog with no storefront. */
    public static StorefrontCatalog none() {
        return new StorefrontCatalog(List.of());
    }

    /** The storefront with this name. */
    public Optional<StorefrontProvider> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every storefront, in configuration order. */
    public List<StorefrontProvider> all() {
        return List.copyOf(byName.values());
    }
}
