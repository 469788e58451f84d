package org.awpt.bootstrap.cli;

import java.util.List;
import java.util.stream.Collectors;

/** Line number lists written short: the first 20, then how many more. */
final class Lines {
    private static final int SHOWN = 20;

    private Lines() {
    }

    static String compact(List<Integer> lines) {
        String shown = lines.stream().limit(SHOWN).map(String::valueOf).collect(Collectors.joining(", "));
        return lines.size() > SHOWN ? shown + " and " + (lines.size() - SHOWN) + " more" : shown;
    }
}
