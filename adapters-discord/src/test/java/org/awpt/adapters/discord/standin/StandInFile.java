package org.awpt.adapters.discord.standin;

import java.util.Objects;

/**
 * A file a person attaches to a slash command option or uploads in a modal.
 *
 * @param filename    file name
 * @param contentType MIME type
 * @param bytes       content
 */
public record StandInFile(String filename, String contentType, byte[] bytes) {

    /** Copies the content. */
    public StandInFile {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
