package org.awpt.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts every unique index map of an opened file back to exactly what adding each of its collection's
 * documents makes. The server changes a stored document in place and its index maps one after the
 * other; before {@link CompactH2Backend} kept commits apart from commands, a commit started by another
 * thread's write could snapshot the maps at one instant and write the documents later, and a process
 * killed before the write's own commit left index entries that disagree with the documents (worst: a
 * claimed key with {@code orderId} X that the order index lacks, so a retried claim for X would take a
 * second key). Files written then, or damaged otherwise, are repaired here. Every index is checked before any is
 * changed, so a file refused here is left as it was; a file already in order is not written.
 */
final class UniqueIndexRebuild {
    private static final Logger LOG = LoggerFactory.getLogger(UniqueIndexRebuild.class);
    /** Index keys may be license keys: a refusal shows this many characters of each part. */
    private static final int SHOWN_CHARS = 4;

    private final Path file;

    private UniqueIndexRebuild(Path file) {
        this.file = file;
    }

    /**
     * Rebuilds the unique indexes of {@code collections} (documents in {@code store}), committing once
     * when any entry changed.
     *
     * @throws EmbeddedFileFormatException when two documents of a collection share a unique key
     */
    static void run(MVStore store, Path file, List<MongoCollection<Object>> collections) {
        List<Target> targets = new ArrayList<>();
        for (MongoCollection<Object> collection : collections) {
            MVMap<Object, Document> documents = MapNames.openData(store, MapNames.data(collection.getFullName()));
            for (var index : collection.getIndexes()) {
                if (index instanceof MapUniqueIndex unique) {
                    targets.add(new Target(collection, documents, unique));
                }
            }
        }
        // Most of the time goes into the server's key extraction; the indexes are independent and only read here.
        UniqueIndexRebuild rebuild = new UniqueIndexRebuild(file);
        List<Repair> repairs = targets.parallelStream().map(rebuild::check).filter(Repair::changes).toList();
        if (repairs.isEmpty()) {
            return;
        }
        for (Repair repair : repairs) {
            repair.apply();
            LOG.warn("Rebuilt the unique index {} of {} in {}: {} entries without their document removed, {} added"
                    + " or pointed at their document (the process had stopped in the middle of a write)",
                    repair.index().getName(), repair.collection(), file, repair.stale().size(), repair.missing().size());
        }
        store.commit();
    }

    /** What {@code index} lacks and holds in excess, compared with its documents; changes nothing. */
    private Repair check(Target target) {
        MongoCollection<Object> collection = target.collection();
        MapUniqueIndex index = target.index();
        Map<KeyValue, Object> expected = new TreeMap<>(ValueOrder::compare);
        MapUniqueIndex rebuilt = index.over(expected);
        for (Map.Entry<Object, Document> stored : target.documents().entrySet()) {
            try {
                rebuilt.add(stored.getValue(), stored.getKey(), collection);
            } catch (DuplicateKeyError e) {
                throw duplicate(collection, index, expected, stored);
            }
        }
        List<KeyValue> stale = new ArrayList<>();
        for (Map.Entry<KeyValue, Object> entry : index.entries().entrySet()) {
            Object position = expected.get(entry.getKey());
            if (position == null) {
                stale.add(entry.getKey());
            } else if (position.equals(entry.getValue())) {
                expected.remove(entry.getKey());
            }
        }
        return new Repair(collection.getFullName(), index, stale, expected);
    }

    private EmbeddedFileFormatException duplicate(MongoCollection<Object> collection, MapUniqueIndex index,
            Map<KeyValue, Object> expected, Map.Entry<Object, Document> stored) {
        KeyValue key = index.getKeyValues(stored.getValue()).stream()
                .filter(expected::containsKey)
                .findFirst()
                .orElseThrow();
        return new EmbeddedFileFormatException(file, "The embedded database file " + file + " holds two documents of "
                + collection.getFullName() + " with one key of its unique index " + index.getName() + ": " + masked(key)
                + " (documents " + expected.get(key) + " and " + stored.getKey() + "). No AWPT build writes that: the"
                + " file was changed by another program or damaged. Nothing was changed in it; restore it from a backup.");
    }

    /** Each part of the key by its first characters only. */
    static String masked(KeyValue key) {
        return key.stream()
                .map(String::valueOf)
                .map(part -> part.length() <= SHOWN_CHARS ? part : part.substring(0, SHOWN_CHARS) + "…")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A unique index and its collection's documents. */
    private record Target(MongoCollection<Object> collection, MVMap<Object, Document> documents, MapUniqueIndex index) {
    }

    /** The entries to remove from an index and to put into it. */
    private record Repair(String collection, MapUniqueIndex index, List<KeyValue> stale, Map<KeyValue, Object> missing) {
        boolean changes() {
            return !stale.isEmpty() || !missing.isEmpty();
        }

        void apply() {
            stale.forEach(index.entries()::remove);
            index.entries().putAll(missing);
        }
    }
}
