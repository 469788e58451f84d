package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Failures a test asked for: closed DMs, and one-shot error answers such as a 429. */
final class FailureRules {

    /** A canned answer used once for the first request matching method and path. */
    record OneShot(String method, String pathRegex, int status, ObjectNode body, Map<String, String> headers) {
    }

    private final Set<Long> closedDms = new HashSet<>();
    private final List<OneShot> oneShots = new ArrayList<>();

    synchronized void closeDms(long userId) {
        closedDms.add(userId);
    }

    synchronized void openDms(long userId) {
        closedDms.remove(userId);
    }

    synchronized boolean dmsClosed(long userId) {
        return closedDms.contains(userId);
    }

    synchronized void add(OneShot rule) {
        oneShots.add(rule);
    }

    /** Takes the first pending rule matching the request, so it applies once. */
    synchronized Optional<OneShot> take(String method, String path) {
        Iterator<OneShot> iterator = oneShots.iterator();
        while (iterator.hasNext()) {
            OneShot rule = iterator.next();
            if (rule.method().equals(method) && path.matches(rule.pathRegex())) {
                iterator.remove();
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
