package org.awpt.adapters.discord.runtime;

import java.util.Set;
import net.dv8tion.jda.api.modals.Modal;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;

/**
 * Answers a button with a modal. A modal must be the first answer, so this runs at once on the
 * event thread and must call no use case.
 */
public interface ModalOpener {

    /** The button actions answered with a modal. */
    Set<ComponentAction> actions();

    /** The modal to show. */
    Modal open(ComponentId id, Invocation invocation);
}
