package org.awpt.adapters.roblox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/** Responses built from the JSON fixtures in {@code src/test/resources/roblox}. */
final class Fixtures {
    private Fixtures() {
    }

    static String json(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/roblox/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MockResponse answer(int code, String fixture) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body(json(fixture)).build();
    }

    static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).body("<html>busy</html>").build();
    }

    static MockResponse tooManyRequests(String retryAfter) {
        MockResponse.Builder builder = new MockResponse.Builder().code(429)
                .setHeader("Content-Type", "application/json").body(json("too-many-requests.json"));
        if (retryAfter != null) {
            builder.setHeader("Retry-After", retryAfter);
        }
        return builder.build();
    }

    /** An answer that never comes: the server holds the connection open until the client gives up. */
    static MockResponse stalled() {
        return new MockResponse.Builder().code(200).body("{}").onResponseStart(SocketEffect.Stall.INSTANCE).build();
    }
}
