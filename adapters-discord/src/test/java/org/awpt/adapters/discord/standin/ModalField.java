package org.awpt.adapters.discord.standin;

import java.util.List;
import java.util.Objects;

/**
 * One filled-in field of an injected modal submit: a text input or a file upload.
 *
 * @param customId the component's custom_id
 * @param text     the typed text, null for a file upload
 * @param files    the uploaded files, empty for a text input
 */
public record ModalField(String customId, String text, List<StandInFile> files) {

    /** Checks the id and copies the files. */
    public ModalField {
        Objects.requireNonNull(customId, "customId");
        files = List.copyOf(files);
    }

    /** A text input. */
    public static ModalField text(String customId, String value) {
        return new ModalField(customId, Objects.requireNonNull(value, "value"), List.of());
    }

    /** A file upload component with one or more files. */
    public static ModalField files(String customId, StandInFile... files) {
        return new ModalField(customId, null, List.of(files));
    }
}
