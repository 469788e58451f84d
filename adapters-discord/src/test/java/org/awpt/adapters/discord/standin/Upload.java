package org.awpt.adapters.discord.standin;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file part of a multipart request, as the bot sent it.
 *
 * @param field       the form field name, e.g. {@code files[0]}
 * @param filename    the file name the bot gave
 * @param contentType the part's content type, empty when none was sent
 * @param bytes       the file content
 */
public record Upload(String field, String filename, String contentType, byte[] bytes) {

    /** Checks the parts are present. */
    public Upload {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        bytes = bytes.clone();
    }

    /** The content decoded as UTF-8, for text files such as CSV exports. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "Upload[" + field + ", " + filename + ", " + bytes.length + " bytes]";
    }
}
