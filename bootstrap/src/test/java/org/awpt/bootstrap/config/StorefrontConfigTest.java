package org.awpt.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorefrontConfigTest {
    @TempDir
    Path dir;

    private AwptConfig load(String json, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("config.json"), json);
        return new ConfigLoader(env, dir).load();
    }

    @Test
    void aStorefrontInAShopWithoutStorefrontMethodSaysWhereToAddOne() {
        ConfigException bad = catchThrowableOfType(ConfigException.class, () -> load("""
                { "storefronts": { "sellix": { "secret": "s", "products": { "p1": "weekly" } } } }
                """, Map.of()));

        assertThat(bad.problems()).extracting(ConfigProblem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("storefronts.sellix.method: ").contains("the shop has none: add one to shop.paymentMethods"));
    }

    private static final String PAYPAL_SHOP = """
            { "paymentMethods": [ { "code": "paypal", "name": "PayPal", "kind": "storefront",
                "links": { "weekly": "https://shop.example/w", "monthly": "https://shop.example/m" } } ] }""";

    @Test
    void withNoStorefrontTheListenerIsOff() throws IOException {
        StorefrontConfig storefronts = load("{}", Map.of()).storefronts();

        assertThat(storefronts.listening()).isFalse();
        assertThat(storefronts.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(storefronts.port()).isEqualTo(8082);
        assertThat(storefronts.catalog().all()).isEmpty();
    }

    @Test
    void eachStorefrontHasASecretAMethodAndProductsAndSecretsComeFromTheEnvironmentToo() throws IOException {
        AwptConfig config = load("""
                { "shop": %s,
                  "storefronts": {
                    "listener": { "bindAddress": "0.0.0.0", "port": 9000 },
                    "sellix": { "secret": "sellix-file-secret", "products": { "65f1c0ffee": "weekly" } },
                    "sellauth": { "method": "paypal", "products": { "1234": "monthly", "1235": "weekly" } } } }
                """.formatted(PAYPAL_SHOP), Map.of("AWPT_SELLAUTH_SECRET", "sellauth-env-secret", "AWPT_WEBHOOK_PORT", "9443"));

        StorefrontConfig storefronts = config.storefronts();
        assertThat(storefronts.listening()).isTrue();
        assertThat(storefronts.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(storefronts.port()).isEqualTo(9443);
        assertThat(storefronts.providers()).extracting(StorefrontConfig.Provider::name).containsExactly("sellix", "sellauth");
        assertThat(storefronts.providers().get(1).secret().reveal()).isEqualTo("sellauth-env-secret");
        assertThat(storefronts.catalog().find("sellauth").orElseThrow().typeOf("1234")).contains(LicenseTypeCode.MONTHLY);
        assertThat(storefronts.catalog().find("sellix").orElseThrow().method()).isEqualTo("paypal");
        assertThat(config.toString()).doesNotContain("sellix-file-secret").doesNotContain("sellauth-env-secret");
    }

    @Test
    void aStorefrontWithoutSecretProductsOrAKnownMethodIsNamedWithoutShowingTheSecret() throws IOException {
        ConfigException bad = catchThrowableOfType(ConfigException.class, () -> load("""
                { "shop": %s,
                  "storefronts": {
                    "sellix": { "products": { "p1": "weekly" } },
                    "sellauth": { "secret": "hunter2", "method": "gcash", "products": { "p2": "yearly" } },
                    "sellapp": { "secret": "hunter3" } } }
                """.formatted(PAYPAL_SHOP), Map.of()));

        assertThat(bad.problems()).extracting(ConfigProblem::toString).anySatisfy(p ->
                assertThat(p).startsWith("storefronts.sellix.secret: ").contains("AWPT_SELLIX_SECRET"))
                .anySatisfy(p -> assertThat(p).startsWith("storefronts.sellauth.method: ").contains("[paypal]"))
                .anySatisfy(p -> assertThat(p).startsWith("storefronts.sellauth.products.p2: ").contains("weekly"))
                .anySatisfy(p -> assertThat(p).startsWith("storefronts.sellapp.products: "));
        assertThat(bad.getMessage()).doesNotContain("hunter2").doesNotContain("hunter3");
    }
}
