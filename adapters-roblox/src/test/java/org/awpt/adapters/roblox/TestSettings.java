package org.awpt.adapters.roblox;

import java.time.Duration;
import mockwebserver3.MockWebServer;

/** Settings pointing at a MockWebServer; the sleeper makes waits free. */
final class TestSettings {
    /**
     * Far beyond what a busy machine needs for an answer the server already has, so that only the tests
     * about timeouts ever see one (250 ms made 24 concurrent lookups time out and retry under load).
     */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * For the tests about timeouts: a stalled answer ({@link Fixtures#stalled()}) never comes, while an
     * immediate one comes in milliseconds, so it stays well within this even on a busy machine.
     */
    static final Duration SHORT_READ_TIMEOUT = Duration.ofSeconds(2);
    static final Duration INITIAL_BACKOFF = Duration.ofMillis(100);
    static final Duration MAX_BACKOFF = Duration.ofMillis(400);

    private TestSettings() {
    }

    /** A gateway to the server that never really sleeps, with a fixed clock. */
    static RetrofitRobloxGateway gatewayTo(MockWebServer server) {
        return new RetrofitRobloxGateway(at(server), new TestClock(), new RecordingSleeper());
    }

    static RobloxSettings at(MockWebServer server) {
        return RobloxSettings.defaults()
                .withBaseUrl(server.url("/").toString())
                .withTimeouts(TIMEOUT, TIMEOUT)
                .withRetries(3, INITIAL_BACKOFF, MAX_BACKOFF, Duration.ofSeconds(5));
    }

    /** The same, with a read timeout that a stalled answer reaches quickly. */
    static RobloxSettings timingOutAt(MockWebServer server) {
        return at(server).withTimeouts(TIMEOUT, SHORT_READ_TIMEOUT);
    }
}
