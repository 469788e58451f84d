package org.awpt.bootstrap.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;

/**
 * Reads {@code storefronts}: the webhook listener ({@code listener.bindAddress}, {@code listener.port})
 * and, per storefront ({@code sellix}, {@code sellauth}, {@code sellapp}), its {@code secret}, the
 * storefront {@code method} it takes the money for and its {@code products}. A storefront without a
 * secret is not configured; one with a secret must map at least one product to a license type.
 */
final class StorefrontConfigReader {
    static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    static final int DEFAULT_PORT = 8082;
    static final String DEFAULT_METHOD = "paypal";

    private final ShopSettings shop;

    StorefrontConfigReader(ShopSettings shop) {
        this.shop = Objects.requireNonNull(shop, "shop");
    }

    StorefrontConfig read(ConfigNode node) {
        node.isObject();
        Set<String> known = new java.util.HashSet<>(StorefrontConfig.NAMES);
        known.add("listener");
        node.warnUnknownKeys(known);
        ConfigNode listener = node.child("listener");
        listener.isObject();
        listener.warnUnknownKeys(Set.of("bindAddress", "port"));
        String bind = listener.child("bindAddress").text(DEFAULT_BIND_ADDRESS);
        int port = listener.child("port").integer(DEFAULT_PORT, 0, 65_535);
        List<StorefrontConfig.Provider> providers = new ArrayList<>();
        for (String name : StorefrontConfig.NAMES) {
            provider(name, node.child(name)).ifPresent(providers::add);
        }
        return new StorefrontConfig(bind, port, providers);
    }

    private Optional<StorefrontConfig.Provider> provider(String name, ConfigNode node) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        node.warnUnknownKeys(Set.of("secret", "method", "products"));
        Optional<String> secret = node.child("secret").text();
        if (secret.isEmpty()) {
            if (!node.child("products").isMissing()) {
                node.child("secret").problem("the storefront's webhook secret (or AWPT_" + name.toUpperCase(java.util.Locale.ROOT)
                        + "_SECRET); without it no " + name + " webhook is accepted");
            }
            return Optional.empty();
        }
        ConfigNode methodNode = node.child("method");
        String method = methodNode.text(DEFAULT_METHOD);
        boolean storefrontMethod = shop.methods().find(method).map(PaymentMethod::kind)
                .filter(kind -> kind == PaymentMethodKind.STOREFRONT).isPresent();
        if (!storefrontMethod) {
            List<String> storefronts = shop.methods().ofKind(PaymentMethodKind.STOREFRONT).stream()
                    .map(PaymentMethod::code).toList();
            methodNode.problem(storefronts.isEmpty() ? "the code of one of the shop's storefront payment methods, and"
                    + " the shop has none: add one to shop.paymentMethods ({ \"code\": \"" + DEFAULT_METHOD + "\","
                    + " \"name\", \"kind\": \"storefront\", \"links\" })"
                    : "the code of one of the shop's storefront payment methods " + storefronts);
        }
        Map<String, LicenseTypeCode> products = new LinkedHashMap<>();
        ConfigNode productsNode = node.child("products");
        productsNode.entries().forEach((product, typeNode) -> typeNode.text().ifPresentOrElse(type -> {
            Optional<LicenseType> known = shop.types().all().stream().filter(t -> t.code().value().equals(type)).findFirst();
            if (known.isPresent()) {
                products.put(product, known.get().code());
            } else {
                typeNode.problem("one of the shop's license types " + shop.types().codes());
            }
        }, () -> typeNode.problem("a license type code")));
        if (products.isEmpty()) {
            productsNode.problem("at least one storefront product id mapped to a license type, such as"
                    + " { \"PRODUCT_ID\": \"weekly\" }");
        }
        return Optional.of(new StorefrontConfig.Provider(name, new Secret(secret.get()), method, products));
    }
}
