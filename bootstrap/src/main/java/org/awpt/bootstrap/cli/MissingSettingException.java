package org.awpt.bootstrap.cli;

/** A command needs a setting the configuration lacks (the bot token for {@code run}); the message says how to set it. */
public final class MissingSettingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Says what is missing and how to provide it. */
    public MissingSettingException(String message) {
        super(message);
    }
}
