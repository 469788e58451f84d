package org.awpt.adapters.discord.runtime;

import java.util.Objects;

/**
 * What the staff are told of a failure the bot did not expect: references only, never the error's
 * message (which may quote a key, a token or what a buyer typed).
 *
 * @param interaction the interaction being answered, or a dash when none was
 * @param action      what was being handled: a slash command path, a component action, a listener's work
 * @param errorClass  the class of the error, fully qualified
 */
public record UnexpectedFailure(String interaction, String action, String errorClass) {
    /** Checks the parts are present. */
    public UnexpectedFailure {
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(errorClass, "errorClass");
    }
}
