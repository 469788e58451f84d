package org.awpt.domain;

import java.util.Map;

/** Something a person referred to does not exist (a session, a key, a request). */
public final class NotFoundException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the kind of thing and the reference that found nothing. */
    public NotFoundException(String what, String reference) {
        super("not_found", what + " not found: " + reference, Map.of("what", what, "reference", reference));
    }
}
