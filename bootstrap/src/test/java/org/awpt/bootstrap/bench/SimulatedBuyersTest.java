package org.awpt.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.awpt.adapters.discord.standin.DiscordStandIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The latency benchmark's driver and report with a tiny workload, so that they keep working: counts and
 * completeness only, never timings (those belong to the benchmark's run on a quiet machine).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SimulatedBuyersTest {

    @TempDir
    Path dir;

    /** Outside the timeout: compiling Discord's API description for the stand-in takes seconds. */
    @BeforeAll
    static void prepareDiscordApiDescription() {
        DiscordStandIn.prepareApiDescription();
    }

    @Test
    void twoBuyersMakeSixteenInteractionsOfEveryKindAndEachIsAcknowledgedAndAnsweredAsExpected() throws Exception {
        Workload workload = new Workload(2, 16, Duration.ZERO, Duration.ofMillis(50), 0, true);
        SimulatedBuyers.Results results;
        long robloxRequests;
        try (SimulatedBuyers shop = SimulatedBuyers.start(workload, dir)) {
            results = shop.run();
            robloxRequests = shop.robloxRequests();
        }

        assertThat(results.failures()).isEmpty();
        assertThat(results.samples()).hasSize(16).allMatch(LatencySample::expected);
        // Each buyer: open a ticket, a Robux purchase (choose, modal, verify), a manual one the admin approves.
        for (InteractionKind kind : InteractionKind.values()) {
            assertThat(results.of(kind)).as(kind.label()).hasSize(2);
        }
        assertThat(robloxRequests).as("every verification asked Roblox").isGreaterThanOrEqualTo(4);
        assertThat(results.unexpectedCalls()).isZero();
        assertThat(results.unacknowledged()).isZero();
        assertThat(results.standInHandling()).isNotEmpty();
        String report = InteractionLatencyBenchmark.report(workload, results, ProcessMemory.afterGc(), ProcessMemory.afterGc(),
                robloxRequests,
                Instant.now(), "0.00 0.00 0.00", "0.00 0.00 0.00");
        assertThat(report).contains("| submit username, verify with Roblox | 2 |").contains("| **all** | 16 |")
                .contains("Robux verification, final answer p99");
    }
}
