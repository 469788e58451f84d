/**
 * The shop's one reaction mechanism: services publish small events ({@link org.awpt.domain.event})
 * to {@link org.awpt.application.event.ShopEvents}; the {@link org.awpt.application.event.EventDispatcher}
 * runs each event's reactions (stock recount and alerts, purchase panels, the licensed role, the sales
 * feed), wired in one place by {@link org.awpt.application.event.ShopReactions}.
 */
package org.awpt.application.event;
