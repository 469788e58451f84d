package org.awpt.adapters.discord.ids;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a component id says: an action and its arguments. Never trusted for authorization: the
 * use case checks who may act on what.
 *
 * @param action the action
 * @param args   its arguments, as many as the action's arity
 */
public record ComponentId(ComponentAction action, List<String> args) {
    /** Checks the arity. */
    public ComponentId {
        Objects.requireNonNull(action, "action");
        args = List.copyOf(args);
        if (args.size() != action.arity()) {
            throw new IllegalArgumentException(action + " takes " + action.arity() + " arguments");
        }
    }

    /** An id of an action with its arguments. */
    public static ComponentId of(ComponentAction action, String... args) {
        return new ComponentId(action, List.of(args));
    }

    /** The argument at an index. */
    public String arg(int index) {
        return args.get(index);
    }

    /** The payment session this id acts on, when its action names one. */
    public Optional<String> paymentSession() {
        return action.actsOnSession() ? Optional.of(args.get(0)) : Optional.empty();
    }

    /** The id as Discord stores it. */
    public String encode() {
        return ComponentIdCodec.encode(this);
    }
}
