package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.awpt.application.port.OnceRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link OnceRegistry} does: the fake and every real adapter extend this suite. */
public abstract class OnceRegistryContract {
    /** When the first mark is made. */
    protected static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final String TOPIC = "expiry-reminder";
    private static final String OTHER_TOPIC = "licensed-role";
    private static final int RACERS = 32;

    /** The registry under test, new and empty for each test. */
    protected OnceRegistry registry;

    /** A new, empty registry. */
    protected abstract OnceRegistry newRegistry();

    /**
     * The registry as a restarted shop sees it: a new instance over the same storage. Stores that
     * keep nothing beyond the instance return it as it is.
     */
    protected OnceRegistry reopen(OnceRegistry current) {
        return current;
    }

    @BeforeEach
    void setUpRegistry() {
        registry = newRegistry();
    }

    @Test
    void theFirstMarkWinsAndLaterOnesDoNot() {
        assertThat(registry.isMarked(TOPIC, "a")).isFalse();

        assertThat(registry.markOnce(TOPIC, "a", T0)).isTrue();
        assertThat(registry.markOnce(TOPIC, "a", T0.plusSeconds(60))).isFalse();
        assertThat(registry.isMarked(TOPIC, "a")).isTrue();
    }

    @Test
    void marksAreKeptApartPerTopicAndSubject() {
        registry.markOnce(TOPIC, "a", T0);

        assertThat(registry.isMarked(TOPIC, "b")).isFalse();
        assertThat(registry.isMarked(OTHER_TOPIC, "a")).isFalse();
        assertThat(registry.markOnce(OTHER_TOPIC, "a", T0)).isTrue();
        assertThat(registry.markOnce(TOPIC, "b", T0)).isTrue();
    }

    @Test
    void anUnmarkedSubjectCanBeMarkedAgain() {
        registry.markOnce(TOPIC, "a", T0);
        registry.markOnce(OTHER_TOPIC, "a", T0);

        registry.unmark(TOPIC, "a");

        assertThat(registry.isMarked(TOPIC, "a")).isFalse();
        assertThat(registry.isMarked(OTHER_TOPIC, "a")).isTrue();
        assertThat(registry.markOnce(TOPIC, "a", T0.plusSeconds(1))).isTrue();
    }

    @Test
    void unmarkingWhatWasNeverMarkedChangesNothing() {
        registry.markOnce(TOPIC, "a", T0);

        registry.unmark(TOPIC, "never");
        registry.unmark("never-used-topic", "a");

        assertThat(registry.subjects(TOPIC, null, 10)).containsExactly("a");
    }

    @Test
    void subjectsComeInOrderOneTopicAtATime() {
        for (String subject : List.of("300", "100", "2000", "b", "a")) {
            registry.markOnce(TOPIC, subject, T0);
        }
        registry.markOnce(OTHER_TOPIC, "150", T0);

        assertThat(registry.subjects(TOPIC, null, 10)).containsExactly("100", "2000", "300", "a", "b");
        assertThat(registry.subjects(OTHER_TOPIC, null, 10)).containsExactly("150");
        assertThat(registry.subjects("never-used-topic", null, 10)).isEmpty();
    }

    @Test
    void subjectsArePagedAfterTheLastOneSeen() {
        for (int i = 10; i < 25; i++) {
            registry.markOnce(TOPIC, "user" + i, T0);
        }

        List<String> seen = new ArrayList<>();
        List<String> page = registry.subjects(TOPIC, null, 4);
        int pages = 0;
        while (!page.isEmpty()) {
            pages++;
            assertThat(page.size()).isLessThanOrEqualTo(4);
            seen.addAll(page);
            page = registry.subjects(TOPIC, page.get(page.size() - 1), 4);
        }

        assertThat(pages).isEqualTo(4);
        assertThat(seen).hasSize(15).doesNotHaveDuplicates().isSorted();
        assertThat(registry.subjects(TOPIC, "user12", 2)).containsExactly("user13", "user14");
        assertThat(registry.subjects(TOPIC, "user125", 1)).containsExactly("user13");
        assertThat(registry.subjects(TOPIC, "zzz", 5)).isEmpty();
    }

    @Test
    void blankTopicsAndSubjectsAndEmptyPagesAreRefused() {
        assertThatThrownBy(() -> registry.markOnce(" ", "a", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.markOnce(TOPIC, "", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.isMarked(null, "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.unmark(TOPIC, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.subjects(TOPIC, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.markOnce(TOPIC, "a", null)).isInstanceOf(NullPointerException.class);
        assertThat(registry.subjects(TOPIC, null, 1)).isEmpty();
    }

    @Test
    void marksSurviveAReopen() {
        registry.markOnce(TOPIC, "a", T0);
        registry.markOnce(TOPIC, "b", T0);
        registry.unmark(TOPIC, "b");

        OnceRegistry reopened = reopen(registry);

        assertThat(reopened.isMarked(TOPIC, "a")).isTrue();
        assertThat(reopened.markOnce(TOPIC, "a", T0.plusSeconds(1))).isFalse();
        assertThat(reopened.isMarked(TOPIC, "b")).isFalse();
        assertThat(reopened.subjects(TOPIC, null, 10)).containsExactly("a");
    }

    @Test
    void exactlyOneOfManyConcurrentMarksWins() throws Exception {
        List<Callable<Boolean>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            Instant at = T0.plusMillis(i);
            racers.add(() -> registry.markOnce(TOPIC, "contested", at));
        }

        List<Boolean> won = Race.all(racers);

        assertThat(won.stream().filter(Boolean::booleanValue).count()).isEqualTo(1);
        assertThat(registry.subjects(TOPIC, null, RACERS)).containsExactly("contested");
    }

    @Test
    void concurrentMarksOfDifferentSubjectsAllWin() throws Exception {
        List<Callable<Boolean>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String subject = "subject" + (1000 + i);
            racers.add(() -> registry.markOnce(TOPIC, subject, T0));
        }

        List<Boolean> won = Race.all(racers);

        assertThat(won).hasSize(RACERS).containsOnly(true);
        assertThat(registry.subjects(TOPIC, null, RACERS + 1)).hasSize(RACERS);
    }
}
