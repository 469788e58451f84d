package org.awpt.application.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.awpt.application.contract.Race;
import org.awpt.domain.payment.SessionId;
import org.junit.jupiter.api.Test;

class SequentialIdSourceTest {

    @Test
    void idsArePredictableAnd22CharactersOfTheIdAlphabet() {
        SequentialIdSource ids = new SequentialIdSource();

        assertThat(ids.nextId()).isEqualTo("id00000000000000000001");
        assertThat(ids.nextId()).isEqualTo("id00000000000000000002");
        assertThat(ids.issued()).isEqualTo(2);
        assertThat(new SessionId(ids.nextId()).value()).hasSize(22).matches("[A-Za-z0-9_-]{22}");
    }

    @Test
    void aPrefixKeepsTwoSourcesApart() {
        assertThat(new SequentialIdSource("proof_").nextId()).isEqualTo("proof_0000000000000001");
        assertThat(new SequentialIdSource("x".repeat(21)).nextId()).isEqualTo("x".repeat(21) + "1");
    }

    @Test
    void refusesPrefixesThatCannotMakeAnId() {
        assertThatThrownBy(() -> new SequentialIdSource("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SequentialIdSource(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SequentialIdSource("x".repeat(22))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SequentialIdSource("no spaces")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrefixRunsOutRatherThanRepeatOrGrow() {
        SequentialIdSource ids = new SequentialIdSource("x".repeat(21));
        for (int i = 1; i <= 9; i++) {
            ids.nextId();
        }

        assertThatThrownBy(ids::nextId).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void concurrentCallersNeverGetTheSameId() throws Exception {
        SequentialIdSource ids = new SequentialIdSource();
        List<Callable<List<String>>> callers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            callers.add(() -> {
                List<String> mine = new ArrayList<>();
                for (int j = 0; j < 500; j++) {
                    mine.add(ids.nextId());
                }
                return mine;
            });
        }

        List<String> all = Race.all(callers).stream().flatMap(List::stream).toList();

        assertThat(all).hasSize(8000).doesNotHaveDuplicates();
        assertThat(ids.issued()).isEqualTo(8000);
    }
}
