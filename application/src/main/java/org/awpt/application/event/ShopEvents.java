package org.awpt.application.event;

import org.awpt.domain.event.ShopEvent;

/** Where services tell what happened; the reactions run behind it ({@link EventDispatcher}). */
@FunctionalInterface
public interface ShopEvents {

    /** Tells what happened; returns once every reaction ran. A failed reaction is logged, never thrown. */
    void publish(ShopEvent event);
}
