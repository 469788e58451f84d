package org.awpt.adapters.mongo.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.awpt.adapters.mongo.repository.KeyTally.Move;
import org.awpt.adapters.mongo.repository.KeyTally.Slot;
import org.junit.jupiter.api.Test;

/** The rules that keep the in-memory key counts exact. */
class KeyTallyUnitTest {
    private static final Slot WEEKLY_AVAILABLE = new Slot("weekly", "available");
    private static final Slot WEEKLY_USED = new Slot("weekly", "used");

    @Test
    void aSeededTallyIsMovedByEveryFinishedWrite() {
        KeyTally tally = KeyTally.forSoleWriter();
        tally.seed(tally.seedMark(), Map.of(WEEKLY_AVAILABLE, 3L));

        tally.writeStarting();
        tally.writeDone(List.of(new Move(WEEKLY_AVAILABLE, WEEKLY_USED)));
        tally.writeStarting();
        tally.writeDone(List.of(new Move(null, WEEKLY_AVAILABLE), new Move(null, WEEKLY_AVAILABLE)));

        assertThat(tally.counts()).contains(Map.of(WEEKLY_AVAILABLE, 4L, WEEKLY_USED, 1L));
    }

    @Test
    void aSeedCountedWhileAWriteRanOrFinishedIsNotTaken() {
        KeyTally tally = KeyTally.forSoleWriter();
        long mark = tally.seedMark();
        tally.writeStarting();
        tally.writeDone(List.of(new Move(null, WEEKLY_AVAILABLE)));
        tally.seed(mark, Map.of(WEEKLY_AVAILABLE, 0L));
        assertThat(tally.counts()).isEmpty();

        tally.writeStarting();
        assertThat(tally.seedMark()).isNegative();
        long stale = tally.writesDoneForTest();
        tally.seed(stale, Map.of(WEEKLY_AVAILABLE, 1L));
        assertThat(tally.counts()).isEmpty();
        tally.writeDone(List.of());

        tally.seed(tally.seedMark(), Map.of(WEEKLY_AVAILABLE, 1L));
        assertThat(tally.counts()).contains(Map.of(WEEKLY_AVAILABLE, 1L));
    }

    @Test
    void aWriteOfUnknownOutcomeForgetsTheTally() {
        KeyTally tally = KeyTally.forSoleWriter();
        tally.seed(tally.seedMark(), Map.of(WEEKLY_AVAILABLE, 3L));
        tally.writeStarting();
        tally.writeUncertain();
        assertThat(tally.counts()).isEmpty();
    }

    @Test
    void aDisabledTallyNeverKnows() {
        KeyTally tally = KeyTally.disabled();
        assertThat(tally.seedMark()).isNegative();
        tally.seed(0, Map.of(WEEKLY_AVAILABLE, 3L));
        assertThat(tally.counts()).isEmpty();
    }
}
