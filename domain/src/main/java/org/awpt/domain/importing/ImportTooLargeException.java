package org.awpt.domain.importing;

import java.util.Map;
import org.awpt.domain.ShopException;

/** A key file is larger than the configured limit. */
public final class ImportTooLargeException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names what was too large ({@code bytes} or {@code lines}), how large it was and the limit. */
    public ImportTooLargeException(String unit, long actual, long limit) {
        super("import_too_large", "key file has " + actual + " " + unit + ", the limit is " + limit,
                Map.of("unit", unit, "actual", actual, "limit", limit));
    }
}
