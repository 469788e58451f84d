package org.awpt.application.fake;

import static org.assertj.core.api.Assertions.assertThat;

import org.awpt.application.contract.OnceRegistryContract;
import org.awpt.application.port.OnceRegistry;
import org.junit.jupiter.api.Test;

/** The in-memory fake keeps the OnceRegistry contract. */
class InMemoryOnceRegistryTest extends OnceRegistryContract {
    @Override
    protected OnceRegistry newRegistry() {
        return new InMemoryOnceRegistry();
    }

    @Test
    void keepsTheTimeOfTheFirstMark() {
        InMemoryOnceRegistry marks = new InMemoryOnceRegistry();
        marks.markOnce("topic", "a", T0);
        marks.markOnce("topic", "a", T0.plusSeconds(5));

        assertThat(marks.markedAt("topic", "a")).isEqualTo(T0);
        assertThat(marks.markedAt("topic", "b")).isNull();
    }
}
