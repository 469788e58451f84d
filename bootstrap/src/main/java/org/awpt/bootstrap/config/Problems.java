package org.awpt.bootstrap.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects problems while the configuration is read, remembering which values came from the environment. */
final class Problems {
    private final List<ConfigProblem> found = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> sources = new HashMap<>();

    void sourcedFrom(String path, String variable) {
        sources.put(path, variable);
    }

    void add(String path, String expected) {
        found.add(new ConfigProblem(path, expected, sources.get(path)));
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws a {@link ConfigException} listing every problem, if there is any. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ConfigException(found);
        }
    }
}
