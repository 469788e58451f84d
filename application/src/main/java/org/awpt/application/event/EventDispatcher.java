package org.awpt.application.event;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awpt.domain.event.ShopEvent;

/**
 * Runs the reactions to each published event, in the order they were added, on the publishing
 * thread, so a reaction sees what the service just did. A reaction that fails is logged with the
 * event and the reaction's name; the other reactions still run and the publisher (a sale, an
 * import) never sees the failure. A reaction may publish further events: they are dispatched at once.
 *
 * <p>Reactions are added while the shop is wired, before it serves anyone; adding is thread-safe.
 */
public final class EventDispatcher implements ShopEvents {
    private static final System.Logger LOG = System.getLogger(EventDispatcher.class.getName());

    private final List<Reaction<?>> reactions = new CopyOnWriteArrayList<>();

    /** Adds a reaction after those already added. */
    public EventDispatcher add(Reaction<?> reaction) {
        reactions.add(Objects.requireNonNull(reaction, "reaction"));
        return this;
    }

    @Override
    public void publish(ShopEvent event) {
        Objects.requireNonNull(event, "event");
        for (Reaction<?> reaction : reactions) {
            if (!reaction.isFor(event)) {
                continue;
            }
            try {
                reaction.run(event);
            } catch (RuntimeException failure) {
                // Events hold masked keys only (KeyCode and LicenseKey print masked), so the event may be logged.
                LOG.log(Level.ERROR, "reaction '" + reaction.name() + "' to " + event + " failed", failure);
            }
        }
    }

    /** The names of the reactions to that type of event, in the order they run. */
    public List<String> reactionsTo(Class<? extends ShopEvent> event) {
        return reactions.stream().filter(reaction -> reaction.event().isAssignableFrom(event))
                .map(Reaction::name).toList();
    }
}
