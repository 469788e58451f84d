package org.awpt.application.fake;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.awpt.application.port.IdSource;

/**
 * Predictable ids for tests: a prefix and a zero-padded counter, 22 characters in all
 * ({@code id00000000000000000001}, {@code id00000000000000000002}...). Thread-safe; never repeats.
 */
public final class SequentialIdSource implements IdSource {
    private static final int LENGTH = 22;
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]{1,21}");

    private final String prefix;
    private final AtomicLong counter = new AtomicLong();

    /** Ids starting with {@code id}. */
    public SequentialIdSource() {
        this("id");
    }

    /** Ids starting with {@code prefix} (1 to 21 of {@code [A-Za-z0-9_-]}), so two sources never collide. */
    public SequentialIdSource(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("an id prefix is 1-21 of [A-Za-z0-9_-]: " + prefix);
        }
        this.prefix = prefix;
    }

    @Override
    public String nextId() {
        String number = Long.toString(counter.incrementAndGet());
        int width = LENGTH - prefix.length();
        if (number.length() > width) {
            throw new IllegalStateException("prefix " + prefix + " has run out of ids");
        }
        return prefix + "0".repeat(width - number.length()) + number;
    }

    /** How many ids were handed out. */
    public long issued() {
        return counter.get();
    }
}
