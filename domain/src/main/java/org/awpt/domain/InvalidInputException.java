package org.awpt.domain;

import java.util.Map;

/** A value a person typed or uploaded does not have the expected form. */
public final class InvalidInputException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the field and says what was expected of it. */
    public InvalidInputException(String field, String expected) {
        super("invalid_input", "invalid " + field + ": expected " + expected,
                Map.of("field", field, "expected", expected));
    }

    /** The field that was wrong. */
    public String field() {
        return (String) details().get("field");
    }

    /** What the field must look like. */
    public String expected() {
        return (String) details().get("expected");
    }
}
