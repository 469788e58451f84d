package org.awpt.bootstrap.cli;

/**
 * The command line asks for something the command refuses to do, such as writing over an existing
 * file without {@code --force} or into the data folder; exit 2, the message says what to change.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Says what was refused and what to do instead. */
    public UsageException(String message) {
        super(message);
    }
}
