package org.awpt.adapters.roblox;

import java.time.Duration;
import java.util.SplittableRandom;
import mockwebserver3.MockWebServer;

/** Settings pointing at a MockWebServer, with short timeouts; the sleeper makes waits free. */
final class TestSettings {
    static final Duration READ_TIMEOUT = Duration.ofMillis(250);
    static final Duration INITIAL_BACKOFF = Duration.ofMillis(100);
    static final Duration MAX_BACKOFF = Duration.ofMillis(400);

    private TestSettings() {
    }

    /** A gateway to the server that never really sleeps, with a fixed clock. */
    static RetrofitRobloxGateway gatewayTo(MockWebServer server) {
        return new RetrofitRobloxGateway(at(server), new TestClock(), new RecordingSleeper(), new SplittableRandom(7));
    }

    static RobloxSettings at(MockWebServer server) {
        return RobloxSettings.defaults()
                .withBaseUrl(server.url("/").toString())
                .withTimeouts(Duration.ofSeconds(1), READ_TIMEOUT)
                .withRetries(3, INITIAL_BACKOFF, MAX_BACKOFF, Duration.ofSeconds(5));
    }
}
