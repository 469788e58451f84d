package org.awpt.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 file backend with a compact, fast map type ({@link ValueType}): documents,
 * ids and unique index keys in a tagged binary form, keys compared as objects. The stock backend
 * opens its maps with H2's default type, which writes documents and index keys with Java
 * serialization and compares index keys by serializing them on every comparison. Everything else
 * (collections, queries, index checks) is the stock backend's.
 *
 * <p>A commit never runs beside a command: the server updates stored documents in place, after their
 * index entries, while a commit snapshots the maps at one instant and writes the documents later, so a
 * commit beside an update could write a document half changed, or changed but not its index entries.
 * Commands share a lock that a commit takes alone, and the store never commits on its own (the
 * embedded server commits after every acknowledged write).
 */
public final class CompactH2Backend extends H2Backend {
    /**
     * Index keys are random (license codes), so a batch of inserts dirties leaves all over the index
     * and each commit rewrites them whole. Leaves of 16 keys rather than H2's 48 write much less:
     * measured on 100,000 keys imported in batches of 1,000, the file grew to 253 MB, not 438 MB.
     */
    private static final int KEYS_PER_PAGE = 16;

    private final ReentrantReadWriteLock commits = new ReentrantReadWriteLock();
    private final AtomicLong commandsDone = new AtomicLong();
    private final Object commitTurn = new Object();
    /** Every command counted up to this number is in the file (guarded by {@code commitTurn}). */
    private long committedThrough;

    private CompactH2Backend(MVStore store) {
        super(store);
    }

    /**
     * Opens the backend on {@code file}, created when missing, with every unique index rebuilt from its
     * collection's documents ({@link UniqueIndexRebuild}) before anything is served.
     *
     * @throws EmbeddedFileFormatException when the file was written in another format (by an earlier
     *     build), or two documents of a collection share a unique key; the file is then left as it was
     */
    public static CompactH2Backend open(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).keysPerPage(KEYS_PER_PAGE)
                .autoCommitDisabled().open();
        try {
            StoreFormat.checkOrMark(store, file);
            CompactH2Backend backend = new CompactH2Backend(store);
            UniqueIndexRebuild.run(store, file, backend.openedCollections());
            return backend;
        } catch (RuntimeException e) {
            store.closeImmediately();
            throw e;
        }
    }

    /** The collections of every database, all opened (with their indexes) by the stock constructor. */
    @SuppressWarnings("unchecked")
    private List<MongoCollection<Object>> openedCollections() {
        List<MongoCollection<Object>> collections = new ArrayList<>();
        for (String mapName : getMvStore().getMapNames()) {
            if (!mapName.startsWith(MapNames.DATA_PREFIX)) {
                continue;
            }
            String fullName = mapName.substring(MapNames.DATA_PREFIX.length());
            int dot = fullName.indexOf('.'); // database names cannot hold a dot, collection names can
            String collectionName = fullName.substring(dot + 1);
            if (dot < 0 || collectionName.startsWith("system.")) {
                continue; // the server's own lists of collections and indexes, which have no unique index
            }
            MongoCollection<?> collection = resolveDatabase(fullName.substring(0, dot)).resolveCollection(collectionName, false);
            if (collection != null) {
                collections.add((MongoCollection<Object>) collection);
            }
        }
        return collections;
    }

    /**
     * Commits every change of the commands that ended so far, once no command is running (commands
     * wait meanwhile). Writers asking at once share one commit: a commit that began after the
     * caller's command ended already holds its changes.
     */
    @Override
    public void commit() {
        long mine = commandsDone.get();
        synchronized (commitTurn) {
            if (committedThrough >= mine && mine > 0) {
                return;
            }
            long through = commandsDone.get();
            commits.writeLock().lock();
            try {
                super.commit();
            } finally {
                commits.writeLock().unlock();
            }
            committedThrough = through;
        }
    }

    /** The driver's commands (OP_MSG); they reach {@code handleCommand} through here. */
    @Override
    public Document handleMessage(MongoMessage message) {
        return beside(() -> super.handleMessage(message));
    }

    /** Whether a commit is waiting for running commands to end (for tests). */
    boolean commitWaiting() {
        return commits.hasQueuedThreads() && !commits.isWriteLocked();
    }

    /** Legacy queries (OP_QUERY: the driver's first handshake). */
    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return beside(() -> super.handleQuery(query));
    }

    /** Runs a command beside other commands, never beside a commit. */
    <T> T beside(Supplier<T> command) {
        commits.readLock().lock();
        try {
            return command.get();
        } finally {
            commits.readLock().unlock();
            // Before the reply is sent: a commit asked after the reply counts this command.
            commandsDone.incrementAndGet();
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new CompactH2Database(databaseName);
    }

    /**
     * A database whose maps are opened with this build's types. An inner class on purpose: the stock
     * constructor opens the collections (calling the overrides below) before a subclass could set a
     * field, while the reference to the enclosing backend, and so its store, is set before that.
     */
    private final class CompactH2Database extends H2Database {

        CompactH2Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        private MVStore store() {
            return getMvStore();
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            return new H2Collection(this, collectionName, options,
                    MapNames.openData(store(), MapNames.data(fullName)),
                    MapNames.openMeta(store(), MapNames.meta(fullName)), cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                List<IndexKey> keys, boolean sparse) {
            String mapName = MapNames.index(getFullCollectionNamespace(collectionName), indexName);
            return new MapUniqueIndex(MapNames.openIndex(store(), mapName), indexName, keys, sparse);
        }

        /** The stock drop opens this database's maps by name: open them first with their types. */
        @Override
        public void drop(Oplog oplog) {
            store().getMapNames().stream()
                    .filter(name -> name.startsWith(databaseName + ".")
                            || name.startsWith(MapNames.data(databaseName))
                            || name.startsWith(MapNames.meta(databaseName)))
                    .toList()
                    .forEach(name -> MapNames.open(store(), name));
            super.drop(oplog);
        }

        /** The stock drop opens the collection's maps by name: open them first with their types. */
        @Override
        public void dropCollection(String collectionName, Oplog oplog) {
            openCollectionMaps(getFullCollectionNamespace(collectionName));
            super.dropCollection(collectionName, oplog);
        }

        /** The stock move opens the collection's maps by name: open them first with their types. */
        @Override
        public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
            openCollectionMaps(collection.getFullName());
            super.moveCollection(oldDatabase, collection, newCollectionName);
        }

        private void openCollectionMaps(String fullName) {
            MapNames.openData(store(), MapNames.data(fullName));
            MapNames.openMeta(store(), MapNames.meta(fullName));
        }
    }
}
