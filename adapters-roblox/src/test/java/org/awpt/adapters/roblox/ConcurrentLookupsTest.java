package org.awpt.adapters.roblox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.awpt.application.contract.Race;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.GamePassOwnership;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.RobloxUserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many buyers at once: each gets their own answer, and ownerships are asked once per call. */
class ConcurrentLookupsTest {
    private static final int BUYERS = 24;
    private static final long WEEKLY = 1022970504L;

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final RobloxWorld world = new RobloxWorld();
    private RetrofitRobloxGateway gateway;

    @BeforeEach
    void connect() {
        server.setDispatcher(world);
        world.add(new GamePassInfo(WEEKLY, "Donation Awp Party", 2400L, true));
        for (int i = 1; i <= BUYERS; i++) {
            world.add(new RobloxUser(new RobloxUserId(i), "Buyer_" + i, null, false));
            if (i % 2 == 0) {
                world.own(i, WEEKLY, 1000L + i);
            }
        }
        // Generous timeouts: on a busy machine 24 answers at once can take longer than the usual test
        // read timeout, and a timed-out attempt is retried, which would change the counts asserted here.
        gateway = new RetrofitRobloxGateway(TestSettings.at(server).withTimeouts(Duration.ofSeconds(30),
                Duration.ofSeconds(30)), new TestClock(), new RecordingSleeper());
    }

    @AfterEach
    void disconnect() {
        gateway.close();
    }

    @Test
    void everyBuyerGetsTheirOwnOwnershipAndNothingIsCached() throws Exception {
        List<Callable<Optional<GamePassOwnership>>> checks = IntStream.rangeClosed(1, BUYERS)
                .<Callable<Optional<GamePassOwnership>>>mapToObj(i -> () -> gateway.findOwnership(new RobloxUserId(i), WEEKLY))
                .toList();

        List<Optional<GamePassOwnership>> first = Race.all(checks);
        List<Optional<GamePassOwnership>> second = Race.all(checks);

        for (int i = 1; i <= BUYERS; i++) {
            Optional<GamePassOwnership> expected = i % 2 == 0
                    ? Optional.of(new GamePassOwnership(WEEKLY, 1000L + i)) : Optional.empty();
            assertThat(first.get(i - 1)).isEqualTo(expected);
            assertThat(second.get(i - 1)).isEqualTo(expected);
        }
        assertThat(server.getRequestCount()).isEqualTo(2 * BUYERS);
    }

    @Test
    void everyBuyerIsFoundByNameAndRememberedOnce() throws Exception {
        List<Callable<Optional<RobloxUser>>> lookups = IntStream.rangeClosed(1, BUYERS)
                .<Callable<Optional<RobloxUser>>>mapToObj(i -> () -> gateway.findUserByName("buyer_" + i))
                .toList();

        List<Optional<RobloxUser>> found = Race.all(lookups);
        Race.all(lookups);

        for (int i = 1; i <= BUYERS; i++) {
            assertThat(found.get(i - 1)).map(RobloxUser::id).contains(new RobloxUserId(i));
        }
        assertThat(server.getRequestCount()).isEqualTo(2 * BUYERS);
    }
}
