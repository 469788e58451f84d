package org.awpt.adapters.discord.runtime;

import java.util.Objects;
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * A file to attach: a name and its bytes.
 *
 * @param name  the file name, such as {@code keys.csv}
 * @param bytes its content
 */
public record NamedFile(String name, byte[] bytes) {
    /** Checks the parts are present. */
    public NamedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** As a JDA upload. */
    public FileUpload toUpload() {
        return FileUpload.fromData(bytes, name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamedFile file && name.equals(file.name) && java.util.Arrays.equals(bytes, file.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "NamedFile[" + name + ", " + bytes.length + " bytes]";
    }
}
