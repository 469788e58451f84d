package org.awpt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssemblyTest {

    @Test
    void closingRunsTheLastRegisteredFirstKeepsGoingAfterAFailureAndHappensOnce() {
        List<String> closed = new ArrayList<>();
        Assembly assembly = Assembly.start(List.of(new AbstractModule() {
        }));
        assembly.closeFirst(() -> closed.add("database users"));
        assembly.closeFirst(() -> {
            closed.add("discord");
            throw new IllegalStateException("already disconnected");
        });

        assembly.close();
        assembly.close();

        assertThat(closed).containsExactly("discord", "database users");
    }
}
