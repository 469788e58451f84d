package org.awpt.adapters.discord.runtime;

import java.util.Set;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;

/** Handles buttons and modal submissions of some actions, after the router acknowledged them. */
public interface ComponentHandler {

    /** The actions handled. */
    Set<ComponentAction> actions();

    /** How to acknowledge an interaction of this id; private unless said otherwise. */
    default Ack ack(ComponentId id) {
        return Ack.REPLY_PRIVATE;
    }

    /** Does the work (off JDA's event threads) and says what to show. */
    Reply handle(ComponentId id, Invocation invocation);
}
