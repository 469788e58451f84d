package org.awpt.application.event;

import java.util.Objects;
import java.util.function.Consumer;
import org.awpt.domain.event.ShopEvent;

/**
 * One thing the shop does when an event of a type happened.
 *
 * @param event  the type of event reacted to
 * @param name   what the reaction does, for logs (for example {@code "sales feed"})
 * @param action the reaction
 * @param <E>    the type of event
 */
public record Reaction<E extends ShopEvent>(Class<E> event, String name, Consumer<? super E> action) {
    /** Checks the parts. */
    public Reaction {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(action, "action");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a reaction has a name");
        }
    }

    /** Whether this reaction is to that event. */
    boolean isFor(ShopEvent happened) {
        return event.isInstance(happened);
    }

    /** Runs the reaction on an event it is for. */
    void run(ShopEvent happened) {
        action.accept(event.cast(happened));
    }
}
