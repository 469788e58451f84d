package org.awpt.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awpt.domain.event.ShopEvent;
import org.awpt.domain.event.StockChanged;
import org.awpt.domain.event.StockLevelsChanged;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;

class EventDispatcherTest {
    private static final StockChanged WEEKLY_MOVED = StockChanged.of(LicenseTypeCode.WEEKLY);

    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final EventDispatcher events = new EventDispatcher();

    @Test
    void runsTheReactionsToAnEventInTheOrderTheyWereAdded() {
        events.add(new Reaction<>(StockChanged.class, "first", e -> ran.add("first")))
                .add(new Reaction<>(StockLevelsChanged.class, "other event", e -> ran.add("other event")))
                .add(new Reaction<>(StockChanged.class, "second", e -> ran.add("second")))
                .add(new Reaction<>(ShopEvent.class, "every event", e -> ran.add("every event")));

        events.publish(WEEKLY_MOVED);

        assertThat(ran).containsExactly("first", "second", "every event");
        assertThat(events.reactionsTo(StockChanged.class)).containsExactly("first", "second", "every event");
    }

    @Test
    void aFailingReactionNeitherStopsTheOthersNorReachesThePublisher() {
        events.add(new Reaction<>(StockChanged.class, "broken", e -> {
            throw new IllegalStateException("Discord is down");
        })).add(new Reaction<>(StockChanged.class, "after", e -> ran.add("after")));

        assertThatCode(() -> events.publish(WEEKLY_MOVED)).doesNotThrowAnyException();

        assertThat(ran).containsExactly("after");
    }

    @Test
    void aReactionMayPublishAFollowUpWhichRunsAtOnce() {
        StockLevelsChanged followUp = new StockLevelsChanged(List.of(), List.of());
        events.add(new Reaction<>(StockChanged.class, "recount", e -> {
            ran.add("recount");
            events.publish(followUp);
            ran.add("recount done");
        })).add(new Reaction<>(StockLevelsChanged.class, "alert", e -> ran.add("alert")));

        events.publish(WEEKLY_MOVED);

        assertThat(ran).containsExactly("recount", "alert", "recount done");
    }

    @Test
    void nothingReactsToAnEventNobodyWaitsFor() {
        events.add(new Reaction<>(StockLevelsChanged.class, "alert", e -> ran.add("alert")));

        events.publish(WEEKLY_MOVED);

        assertThat(ran).isEmpty();
    }

    @Test
    void aReactionHasAName() {
        assertThatThrownBy(() -> new Reaction<>(StockChanged.class, " ", e -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
