package org.awpt.application.port;

/** Where ids come from: unguessable in production, predictable in tests. */
public interface IdSource {

    /** A new id of 22 characters from {@code [A-Za-z0-9_-]}, never returned before. */
    String nextId();
}
