package org.awpt.adapters.mongo.embedded;

import java.nio.file.Path;

/**
 * The embedded database file was written in a format this build cannot read, or holds what no build
 * writes (two documents with one unique key). Raised instead of opening the file, so a shop never
 * starts silently empty or on garbled data.
 */
public final class EmbeddedFileFormatException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** A refusal of {@code file}, explaining why and what to do in {@code message}. */
    public EmbeddedFileFormatException(Path file, String message) {
        super(message);
        this.file = file;
    }

    /** The refused file. */
    public Path file() {
        return file;
    }
}
