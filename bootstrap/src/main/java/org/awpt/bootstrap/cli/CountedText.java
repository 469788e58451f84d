package org.awpt.bootstrap.cli;

import com.ibm.icu.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The command line's texts with counts, as ICU message formats in English, so that a count picks its
 * plural form: {@code format("Wrote {count, plural, one {# key} other {# keys}}", "count", 1)} reads
 * "Wrote 1 key".
 */
final class CountedText {
    private CountedText() {
    }

    /** The pattern filled from pairs of name and value. */
    static String format(String pattern, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name-value pairs");
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(values);
    }
}
