package org.awpt.application.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.OnceMark;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.StoredRecords;

/** Marks in memory; thread-safe, exactly one of concurrent first marks wins. */
public final class InMemoryOnceRegistry implements OnceRegistry, StoredRecords<OnceMark> {
    private final Map<String, NavigableMap<String, Instant>> topics = new ConcurrentHashMap<>();

    @Override
    public boolean markOnce(String topic, String subject, Instant at) {
        Objects.requireNonNull(at, "at");
        return topic(topic).putIfAbsent(checked("subject", subject), at) == null;
    }

    @Override
    public boolean isMarked(String topic, String subject) {
        return topic(topic).containsKey(checked("subject", subject));
    }

    @Override
    public void unmark(String topic, String subject) {
        topic(topic).remove(checked("subject", subject));
    }

    @Override
    public List<String> subjects(String topic, String after, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("a limit is positive");
        }
        NavigableMap<String, Instant> marks = topic(topic);
        List<String> page = new ArrayList<>();
        for (String subject : (after == null ? marks : marks.tailMap(after, false)).keySet()) {
            if (page.size() == limit) {
                break;
            }
            page.add(subject);
        }
        return page;
    }

    /** When {@code subject} was marked in {@code topic}, or {@code null}; lets tests check the time kept. */
    public Instant markedAt(String topic, String subject) {
        return topic(topic).get(checked("subject", subject));
    }

    private NavigableMap<String, Instant> topic(String topic) {
        return topics.computeIfAbsent(checked("topic", topic), t -> new ConcurrentSkipListMap<>());
    }

    private static String checked(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a " + what + " is not blank");
        }
        return text;
    }

    @Override
    public RecordScan exportAll(Consumer<? super OnceMark> sink) {
        List<OnceMark> marks = new java.util.ArrayList<>();
        new java.util.TreeMap<>(topics).forEach((topic, subjects) ->
                subjects.forEach((subject, at) -> marks.add(new OnceMark(topic, subject, at))));
        return FakeRecords.exportAll(marks, sink);
    }

    @Override
    public CopyOutcome importPreserving(List<? extends OnceMark> records) {
        return FakeRecords.importEach(records, mark -> markOnce(mark.topic(), mark.subject(), mark.markedAt()));
    }
}
