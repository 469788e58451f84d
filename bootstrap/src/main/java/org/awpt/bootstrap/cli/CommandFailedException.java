package org.awpt.bootstrap.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A command could not finish for a reason outside the shop that the operator can fix (a file that
 * cannot be read or written, Discord out of reach); the message says what, so no stack trace is shown.
 */
public final class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Says what failed and what to check. */
    public CommandFailedException(String message) {
        super(message);
    }

    /** Says what failed and what to check; the cause is logged at debug level only. */
    public CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An input file that cannot be read. */
    static CommandFailedException cannotRead(Path file, IOException cause) {
        return new CommandFailedException("Cannot read " + file + ": " + reason(cause), cause);
    }

    /** An output file that cannot be written. */
    static CommandFailedException cannotWrite(Path file, IOException cause) {
        return new CommandFailedException("Cannot write " + file + ": " + reason(cause), cause);
    }

    /** Java's own messages are often the bare path; this says what went wrong with it. */
    private static String reason(IOException cause) {
        if (cause instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
