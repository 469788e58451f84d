package org.awpt.adapters.discord.ids;

import java.util.Objects;

/** What a custom id read back as: a current id, or one the bot no longer understands. */
public sealed interface Decoded {

    /** A current id. */
    record Valid(ComponentId id) implements Decoded {
        /** Checks the id is present. */
        public Valid {
            Objects.requireNonNull(id, "id");
        }
    }

    /** An id of an old version, an unknown action, or malformed: answered with "this button has expired". */
    record Expired(String raw) implements Decoded {
    }
}
