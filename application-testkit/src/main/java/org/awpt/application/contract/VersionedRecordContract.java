package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every repository of versioned records (payment sessions, key requests, storefront visits)
 * does with insert, find and compare-and-set replace. The contract of each such port extends it.
 *
 * @param <T> the record
 */
public abstract class VersionedRecordContract<T> {

    /** Creates an empty repository for the next test. */
    protected abstract void newEmptyRepository();

    /** A record numbered {@code n}: a distinct id, at version 0. */
    protected abstract T record(int n);

    /** The record's next state (one version up), told apart from other next states by {@code variant}. */
    protected abstract T changed(T record, int variant);

    /** Inserts through the port. */
    protected abstract void insert(T record);

    /** Replaces through the port. */
    protected abstract boolean replace(T next);

    /** Finds the record with the same id as {@code record} through the port. */
    protected abstract Optional<T> findSame(T record);

    /** The record's version. */
    protected abstract long version(T record);

    @BeforeEach
    void setUpEmptyRepository() {
        newEmptyRepository();
    }

    @Test
    void anInsertedRecordIsFoundAsItWas() {
        T first = record(1);
        T second = record(2);
        insert(first);
        insert(second);

        assertThat(findSame(first)).contains(first);
        assertThat(findSame(second)).contains(second);
    }

    @Test
    void findingAnUnknownIdIsEmpty() {
        insert(record(1));

        assertThat(findSame(record(2))).isEmpty();
    }

    @Test
    void insertingATakenIdIsRefusedAndKeepsTheStoredRecord() {
        T stored = changed(record(1), 1);
        insert(stored);

        assertThatThrownBy(() -> insert(record(1))).isInstanceOf(IllegalStateException.class);
        assertThat(findSame(stored)).contains(stored);
    }

    @Test
    void replaceAtTheNextVersionSucceeds() {
        T stored = record(1);
        insert(stored);
        T next = changed(stored, 1);
        T afterNext = changed(next, 2);

        assertThat(replace(next)).isTrue();
        assertThat(findSame(stored)).contains(next);
        assertThat(replace(afterNext)).isTrue();
        assertThat(findSame(stored)).contains(afterNext);
        assertThat(version(afterNext)).isEqualTo(version(stored) + 2);
    }

    @Test
    void replaceFromAStaleVersionIsRefusedAndChangesNothing() {
        T original = record(1);
        insert(original);
        T winner = changed(original, 1);
        assertThat(replace(winner)).isTrue();

        assertThat(replace(changed(original, 2))).isFalse();
        assertThat(replace(winner)).isFalse();
        assertThat(replace(changed(changed(winner, 3), 4))).isFalse();
        assertThat(findSame(original)).contains(winner);
    }

    @Test
    void replaceOfAnUnknownRecordIsRefusedAndInsertsNothing() {
        T neverInserted = changed(record(1), 1);

        assertThat(replace(neverInserted)).isFalse();
        assertThat(findSame(neverInserted)).isEmpty();
    }

    @Test
    void ofSixteenConcurrentChangesFromOneVersionExactlyOneWins() throws Exception {
        T original = record(1);
        insert(original);
        List<Callable<Boolean>> changes = new ArrayList<>();
        List<T> candidates = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            T candidate = changed(original, i);
            candidates.add(candidate);
            changes.add(() -> replace(candidate));
        }

        List<Boolean> outcomes = Race.all(changes);

        assertThat(outcomes).containsOnlyOnce(true);
        T winner = candidates.get(outcomes.indexOf(true));
        assertThat(findSame(original)).contains(winner);
    }
}
