package org.awpt.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awpt.application.storefront.StorefrontShop.WEEKLY_PRODUCT;
import static org.awpt.domain.license.LicenseTypeCode.MONTHLY;
import static org.awpt.domain.license.LicenseTypeCode.WEEKLY;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.awpt.application.contract.Race;
import org.awpt.domain.storefront.StorefrontRefusal;
import org.awpt.application.storefront.StorefrontShop;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real HTTP through Javalin on a random loopback port, requests signed as each storefront documents. */
class StorefrontWebhooksTest {
    private static final String SELLIX_SECRET = "sellix-secret";
    private static final String SELLAUTH_SECRET = "sellauth-secret";
    private static final String SELLAPP_SECRET = "sellapp-secret";

    private final StorefrontShop store = new StorefrontShop().stock(WEEKLY, 10).stock(MONTHLY, 10);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final WebhookServer server = WebhookServer.start("127.0.0.1", 0,
            List.of(new SellixWebhook(SELLIX_SECRET), new SellAuthWebhook(SELLAUTH_SECRET, store.shop.clock),
                    new SellAppWebhook(SELLAPP_SECRET)),
            new StorefrontWebhooks(store.storefronts, meters));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    @AfterEach
    void stop() {
        server.close();
    }

    private static String fixture(String name) {
        try (InputStream in = StorefrontWebhooksTest.class.getResourceAsStream("/storefront/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> post(String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> sellix(String body, String secret, String product) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post("/webhooks/sellix", bytes, Map.of("X-Sellix-Signature",
                new HmacSignature("HmacSHA512", secret).sign(bytes), "X-Sellix-Event", "product:dynamic",
                "X-Sellix-Product-Id", product));
    }

    private HttpResponse<String> sellAuth(String body, long timestamp) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post("/webhooks/sellauth", bytes, Map.of("X-Signature",
                new HmacSignature("HmacSHA256", SELLAUTH_SECRET).sign(bytes), "X-Timestamp", Long.toString(timestamp),
                "Idempotency-Key", "c47107fff54fd943db6939b9935af39a7753b7dc9a3bd227de71d032a725bb47"));
    }

    private HttpResponse<String> sellAuth(String body) {
        return sellAuth(body, store.shop.clock.instant().getEpochSecond());
    }

    private static List<String> keys(HttpResponse<String> response) {
        return Arrays.stream(response.body().split("\n")).filter(line -> !line.isBlank()).toList();
    }

    private List<KeyCode> sold() {
        return store.shop.keys.list(org.awpt.application.port.KeyFilter.ALL, 0, 100).stream()
                .filter(key -> key.orderId() != null).map(LicenseKey::code).toList();
    }

    private double counted(String provider, String outcome) {
        var counter = meters.find(StorefrontWebhooks.METER).tag("provider", provider).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void sellixGetsTheKeysOfItsDynamicProductAsPlainTextOnePerLine() {
        HttpResponse<String> response = sellix(fixture("sellix-product-dynamic.json"), SELLIX_SECRET, WEEKLY_PRODUCT);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(keys(response)).hasSize(2).allSatisfy(line -> assertThat(line).hasSize(32))
                .containsExactlyInAnyOrderElementsOf(sold().stream().map(KeyCode::value).toList());
        assertThat(store.shop.keys.countAvailable(WEEKLY)).isEqualTo(8);
        assertThat(store.shop.keys.findByCode(new KeyCode(keys(response).get(0)))).hasValueSatisfying(key ->
                assertThat(key.delivery().channel()).isEqualTo(DeliveryChannel.STOREFRONT));
        assertThat(counted("sellix", "delivered")).isEqualTo(1);
    }

    @Test
    void sellAuthRetriesGetTheSameKeysEveryTime() {
        String body = fixture("sellauth-deliver-dynamic.json");

        List<List<String>> answers = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> response = sellAuth(body);
            assertThat(response.statusCode()).isEqualTo(200);
            answers.add(keys(response));
        }

        assertThat(answers.get(0)).hasSize(1);
        assertThat(new HashSet<>(answers)).hasSize(1);
        assertThat(store.shop.keys.countAvailable(WEEKLY)).isEqualTo(9);
        assertThat(counted("sellauth", "delivered")).isEqualTo(5);
    }

    @Test
    void sellAppTakesTheVariantFromItsWebhookUrl() {
        byte[] body = fixture("sellapp-dynamic.json").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post("/webhooks/sellapp/monthly-product", body,
                Map.of("signature", new HmacSignature("HmacSHA256", SELLAPP_SECRET).sign(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(keys(response)).singleElement().satisfies(code ->
                assertThat(store.shop.keys.findByCode(new KeyCode(code)).orElseThrow().type()).isEqualTo(MONTHLY));
    }

    @Test
    void aDiscordReferenceInTheCheckoutFieldMakesTheBuyerTheHolderAndSendsADirectMessage() {
        String body = fixture("sellix-product-dynamic.json").replace("\"discord_id\":\"\"",
                "\"discord_id\":\"123456789012345678\"").replace("\"quantity\":2", "\"quantity\":1");

        HttpResponse<String> response = sellix(body, SELLIX_SECRET, WEEKLY_PRODUCT);

        assertThat(response.statusCode()).isEqualTo(200);
        LicenseKey key = store.shop.keys.findByCode(new KeyCode(keys(response).get(0))).orElseThrow();
        assertThat(key.holder()).isEqualTo(new DiscordUserId(123_456_789_012_345_678L));
        assertThat(store.shop.buyers.deliveredCodes()).containsExactly(key.code());
    }

    @Test
    void forgedTamperedStaleOversizedAndUnknownRequestsAreRefusedAndTakeNothing() {
        String sellixBody = fixture("sellix-product-dynamic.json");
        String sellAuthBody = fixture("sellauth-deliver-dynamic.json");
        byte[] signedSellix = sellixBody.getBytes(StandardCharsets.UTF_8);
        String goodSignature = new HmacSignature("HmacSHA512", SELLIX_SECRET).sign(signedSellix);

        assertThat(sellix(sellixBody, "wrong-secret", WEEKLY_PRODUCT).statusCode()).isEqualTo(401);
        assertThat(post("/webhooks/sellix", sellixBody.replace("\"quantity\":2", "\"quantity\":9")
                .getBytes(StandardCharsets.UTF_8), Map.of("X-Sellix-Signature", goodSignature,
                        "X-Sellix-Product-Id", WEEKLY_PRODUCT)).statusCode()).isEqualTo(401);
        assertThat(post("/webhooks/sellix", signedSellix, Map.of("X-Sellix-Product-Id", WEEKLY_PRODUCT))
                .statusCode()).isEqualTo(401);
        long now = store.shop.clock.instant().getEpochSecond();
        assertThat(sellAuth(sellAuthBody, now - 301).statusCode()).isEqualTo(401);
        assertThat(sellAuth(sellAuthBody, now + 301).statusCode()).isEqualTo(401);
        byte[] huge = new byte[StorefrontWebhooks.MAX_BODY + 1];
        Arrays.fill(huge, (byte) ' ');
        assertThat(post("/webhooks/sellauth", huge, Map.of("X-Signature",
                new HmacSignature("HmacSHA256", SELLAUTH_SECRET).sign(huge), "X-Timestamp", Long.toString(now)))
                .statusCode()).isEqualTo(413);
        HttpResponse<String> unknown = sellix(sellixBody, SELLIX_SECRET, "not-for-sale");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).isEqualTo("unknown product\n");
        HttpResponse<String> otherEvent = sellAuth(sellAuthBody.replace("INVOICE.ITEM.DELIVER-DYNAMIC", "INVOICE.PAID"));
        assertThat(otherEvent.statusCode()).isEqualTo(400);
        assertThat(post("/webhooks/gumroad", signedSellix, Map.of()).statusCode()).isEqualTo(404);

        assertThat(sold()).isEmpty();
        assertThat(store.shop.keys.countAvailable(WEEKLY)).isEqualTo(10);
        assertThat(store.shop.admins.storefrontRefusals()).extracting(StorefrontRefusal::reason)
                .containsExactly("storefront_unknown_product", "storefront_unreadable");
        assertThat(counted("sellix", "unauthorized")).isEqualTo(3);
        assertThat(counted("sellauth", "unauthorized")).isEqualTo(2);
        assertThat(counted("sellauth", "too_large")).isEqualTo(1);
        assertThat(counted("sellix", "storefront_unknown_product")).isEqualTo(1);
        assertThat(counted("sellauth", "unreadable")).isEqualTo(1);
    }

    @Test
    void outOfStockAndALockedMethodAnswer503AndTellAdmins() {
        StorefrontShop empty = new StorefrontShop();
        try (WebhookServer bare = WebhookServer.start("127.0.0.1", 0, List.of(new SellixWebhook(SELLIX_SECRET)),
                new StorefrontWebhooks(empty.storefronts, meters))) {
            byte[] body = fixture("sellix-product-dynamic.json").getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bare.port() + "/webhooks/sellix"))
                    .timeout(Duration.ofSeconds(60)).header("X-Sellix-Product-Id", WEEKLY_PRODUCT)
                    .header("X-Sellix-Signature", new HmacSignature("HmacSHA512", SELLIX_SECRET).sign(body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("out of stock\n");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(empty.shop.admins.storefrontRefusals()).extracting(StorefrontRefusal::reason).containsExactly("out_of_stock");

        store.shop.lock(StorefrontShop.METHOD);
        HttpResponse<String> locked = sellix(fixture("sellix-product-dynamic.json"), SELLIX_SECRET, WEEKLY_PRODUCT);
        assertThat(locked.statusCode()).isEqualTo(503);
        assertThat(locked.body()).isEqualTo("temporarily unavailable\n");
        assertThat(store.shop.keys.countAvailable(WEEKLY)).isEqualTo(10);
        assertThat(counted("sellix", "out_of_stock")).isEqualTo(1);
        assertThat(counted("sellix", "locked_down")).isEqualTo(1);
    }

    @Test
    void sixtyFourWebhooksAtOnceForTenKeysDeliverExactlyTenAndNoKeyTwice() throws Exception {
        String template = fixture("sellauth-deliver-dynamic.json");
        StorefrontShop ten = new StorefrontShop().stock(WEEKLY, 10);
        try (WebhookServer racing = WebhookServer.start("127.0.0.1", 0,
                List.of(new SellAuthWebhook(SELLAUTH_SECRET, ten.shop.clock)), new StorefrontWebhooks(ten.storefronts, meters))) {
            List<Callable<HttpResponse<String>>> racers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                byte[] body = template.replace("8e32b8f24c4a0-0000000010042", "race-" + i).getBytes(StandardCharsets.UTF_8);
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + racing.port() + "/webhooks/sellauth"))
                        .timeout(Duration.ofSeconds(60))
                        .header("X-Signature", new HmacSignature("HmacSHA256", SELLAUTH_SECRET).sign(body))
                        .header("X-Timestamp", Long.toString(ten.shop.clock.instant().getEpochSecond()))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                racers.add(() -> http.send(request, HttpResponse.BodyHandlers.ofString()));
            }

            List<HttpResponse<String>> responses = Race.all(racers);

            List<String> delivered = responses.stream().filter(r -> r.statusCode() == 200).flatMap(r -> keys(r).stream()).toList();
            assertThat(delivered).hasSize(10);
            assertThat(new HashSet<>(delivered)).hasSize(10);
            assertThat(responses.stream().filter(r -> r.statusCode() == 503)).hasSize(54)
                    .allSatisfy(r -> assertThat(r.body()).isEqualTo("out of stock\n"));
            assertThat(ten.shop.keys.countAvailable(WEEKLY)).isZero();
        }
    }
}
