package org.awpt.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import sun.misc.Signal;
import sun.misc.SignalHandler;

class StopSignalTest {
    private static final Duration GENEROUS = Duration.ofSeconds(60);

    @Test
    void sigtermIsARequestToStopNotTheEndOfTheProcess() {
        try (StopSignal stop = StopSignal.install()) {
            Signal.raise(new Signal("TERM"));

            // Had the handler not taken it, the JVM (and this test with it) would have ended with 143.
            assertThat(assertTimeoutPreemptively(GENEROUS, stop::await)).isEqualTo("TERM");
        }
    }

    @Test
    void ctrlCStopsTheSameWay() {
        try (StopSignal stop = StopSignal.install()) {
            Signal.raise(new Signal("INT"));

            assertThat(assertTimeoutPreemptively(GENEROUS, stop::await)).isEqualTo("INT");
        }
    }

    @Test
    void closingPutsBackTheHandlersThatWereThere() {
        Signal term = new Signal("TERM");
        SignalHandler mine = signal -> { };
        SignalHandler original = Signal.handle(term, mine);
        try {
            StopSignal.install().close();

            assertThat(Signal.handle(term, original)).isSameAs(mine);
        } finally {
            Signal.handle(term, original);
        }
    }
}
