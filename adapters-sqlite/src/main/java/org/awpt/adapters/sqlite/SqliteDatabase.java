package org.awpt.adapters.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One SQLite file: its open checks, a single writer connection (writes run in {@code BEGIN IMMEDIATE}
 * transactions, queued in this process, so two writers never deadlock on a lock upgrade), a small pool
 * of read-only connections, and a dedicated connection watching {@code data_version}.
 */
final class SqliteDatabase implements AutoCloseable {
    /** The newest schema version this code knows: the highest {@code V<n>__*.sql} in {@code db/sqlite}. */
    static final int SCHEMA_VERSION = 5;
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int READERS = 8;
    /**
     * The writer's page cache, in KiB (SQLite's default is 2 MiB). Imported codes are random, so an
     * import's inserts touch pages all over the two code indexes; with the default cache they are read
     * back from the OS again and again: 100,000 keys took several times the CPU of in-order codes.
     */
    private static final int WRITER_CACHE_KIB = 32 * 1024;

    private final Path file;
    private final HikariDataSource writerPool;
    private final HikariDataSource readerPool;
    private final Jdbi writer;
    private final Jdbi reader;
    private final Connection watcher;

    private SqliteDatabase(Path file, SqliteSettings settings, Connection watcher) {
        this.file = file;
        this.watcher = watcher;
        SQLiteDataSource writerSource = dataSource(file, settings, false);
        writerSource.setCacheSize(-WRITER_CACHE_KIB);
        this.writerPool = pool("awpt-sqlite-writer", writerSource, 1, false, settings);
        this.readerPool = pool("awpt-sqlite-reader", dataSource(file, settings, true), READERS, true, settings);
        this.writer = Jdbi.create(writerPool);
        this.reader = Jdbi.create(readerPool);
    }

    /**
     * Opens (and, with {@code create}, creates) the store, refusing a file that would lose data:
     * damaged, empty, foreign, newer, or not writable.
     */
    static SqliteDatabase open(SqliteSettings settings, boolean create) {
        Path file = settings.databaseFile().toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            if (!create) {
                throw new SqliteStoreException(file, "no such file; check the data folder (a new shop is created "
                        + "by starting the bot)");
            }
            SqliteFiles.createShop(file, settings);
        }
        checkFile(file);
        Connection watcher = connect(file, settings, false);
        try {
            checkContent(file, watcher, settings);
            return new SqliteDatabase(file, settings, watcher);
        } catch (RuntimeException e) {
            closeQuietly(watcher);
            throw e;
        }
    }

    private static void checkFile(Path file) {
        Path folder = file.getParent();
        try {
            if (!Files.isRegularFile(file)) {
                throw new SqliteStoreException(file, "not a regular file; point the data folder elsewhere");
            }
            if (Files.size(file) == 0) {
                throw new SqliteStoreException(file, "the file is empty (0 bytes), so it holds no shop; restore a "
                        + "backup, or delete it to start a new shop");
            }
            if (!Files.isReadable(file) || !Files.isWritable(file)) {
                throw new SqliteStoreException(file, "the file is read-only for this user; fix its permissions "
                        + "(chmod 600, owner of the bot) and retry");
            }
            if (!Files.isWritable(folder)) {
                throw new SqliteStoreException(file, "the folder " + folder + " is read-only for this user; SQLite "
                        + "writes its journal next to the file: fix the folder's permissions (chmod 700) and retry");
            }
            byte[] header = new byte[HEADER.length];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(header, 0, header.length) < header.length || !Arrays.equals(header, HEADER)) {
                    throw new SqliteStoreException(file, "not an SQLite database (wrong header); restore a backup "
                            + "or point the data folder elsewhere");
                }
            }
        } catch (IOException e) {
            throw new SqliteStoreException(file, "cannot be read (" + e.getMessage() + "); check the disk and the "
                    + "file's permissions", e);
        }
    }

    /** Integrity, schema, then a write probe, on the connection that will watch {@code data_version}. */
    private static void checkContent(Path file, Connection connection, SqliteSettings settings) {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet check = statement.executeQuery("PRAGMA quick_check")) {
                String verdict = check.next() ? check.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    throw damaged(file, verdict, null);
                }
            }
            int version = SchemaVersion.recorded(file, statement);
            if (version > SCHEMA_VERSION) {
                throw new SqliteStoreException(file, "written by a newer AWPT (schema version " + version
                        + ", this AWPT knows up to " + SCHEMA_VERSION + "); upgrade AWPT");
            }
            // A write probe: SQLite opens a write-protected file read-only without a word, and would
            // fail only at the first sale.
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            throw translate(file, e);
        }
        if (SchemaVersion.recordedQuietly(connection) < SCHEMA_VERSION) {
            SchemaMigrations.migrate(file, settings);
        }
    }

    static SqliteStoreException damaged(Path file, String verdict, Throwable cause) {
        String firstLine = verdict == null ? "unknown" : verdict.lines().findFirst().orElse(verdict);
        return new SqliteStoreException(file, "the database is damaged (" + firstLine + "); stop AWPT and restore "
                + "a backup (see docs/operations.md)", cause);
    }

    /** A plain connection with the store's pragmas: WAL, the chosen synchronous level, foreign keys, busy timeout. */
    static Connection connect(Path file, SqliteSettings settings, boolean readOnly) {
        try {
            return dataSource(file, settings, readOnly).getConnection();
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    private static SQLiteDataSource dataSource(Path file, SqliteSettings settings, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.setSynchronous(settings.synchronous() == SqliteSynchronous.FULL
                ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) settings.busyTimeout().toMillis());
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    private static HikariDataSource pool(String name, SQLiteDataSource source, int size, boolean readOnly,
            SqliteSettings settings) {
        HikariConfig config = new HikariConfig();
        // The same as the connection's open flag: SQLite cannot change it afterwards.
        config.setReadOnly(readOnly);
        config.setPoolName(name);
        config.setDataSource(source);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        // Checked already on open: no connection is made before the first use.
        config.setInitializationFailTimeout(-1);
        // Waits in this process's queue for the single writer: at least as long as for another process.
        config.setConnectionTimeout(Math.max(Duration.ofSeconds(30).toMillis(), settings.busyTimeout().toMillis() * 3));
        return new HikariDataSource(config);
    }

    /** The database file. */
    Path file() {
        return file;
    }

    /**
     * Runs {@code work} in one {@code BEGIN IMMEDIATE} transaction on the writer: committed when it
     * returns, rolled back when it throws. A failed commit is thrown, never acknowledged.
     */
    <T> T write(HandleCallback<T, RuntimeException> work) {
        try (Handle handle = writer.open()) {
            handle.execute("BEGIN IMMEDIATE");
            T result;
            try {
                result = work.withHandle(handle);
                handle.execute("COMMIT");
            } catch (RuntimeException | Error e) {
                rollbackQuietly(handle, e);
                throw e;
            }
            return result;
        } catch (JdbiException e) {
            throw translate(file, e);
        }
    }

    /** Runs {@code work} on a read-only connection, one statement at a time. */
    <T> T read(HandleCallback<T, RuntimeException> work) {
        try (Handle handle = reader.open()) {
            return work.withHandle(handle);
        } catch (JdbiException e) {
            throw translate(file, e);
        }
    }

    /** Runs {@code work} inside one read transaction: every statement sees the same commit (a WAL snapshot). */
    <T> T snapshot(HandleCallback<T, RuntimeException> work) {
        try (Handle handle = reader.open()) {
            handle.execute("BEGIN DEFERRED");
            try {
                return work.withHandle(handle);
            } finally {
                rollbackQuietly(handle, null);
            }
        } catch (JdbiException e) {
            throw translate(file, e);
        }
    }

    private static void rollbackQuietly(Handle handle, Throwable failure) {
        try {
            handle.execute("ROLLBACK");
        } catch (JdbiException rollback) {
            // SQLite rolls back by itself on some errors (disk full): then there is nothing left to undo.
            if (failure != null && !String.valueOf(rollback.getMessage()).contains("no transaction is active")) {
                failure.addSuppressed(rollback);
            }
        }
    }

    /** {@code PRAGMA data_version} on the watcher connection. */
    long dataVersion() {
        synchronized (watcher) {
            try (Statement statement = watcher.createStatement();
                    ResultSet result = statement.executeQuery("PRAGMA data_version")) {
                result.next();
                return result.getLong(1);
            } catch (SQLException e) {
                throw translate(file, e);
            }
        }
    }

    /** A consistent copy by {@code VACUUM INTO}, into a new file (0600) fsync'd before this returns. */
    void backupTo(Path target) {
        Path copy = target.toAbsolutePath().normalize();
        try {
            SqliteFiles.createPrivateFile(copy);
        } catch (FileAlreadyExistsException e) {
            throw new SqliteStoreException(file, "the backup target " + copy + " exists already; choose a new file");
        } catch (IOException e) {
            throw new SqliteStoreException(file, "cannot create the backup " + copy + " (" + e.getMessage() + ")", e);
        }
        boolean done = false;
        try {
            read(handle -> handle.createUpdate("VACUUM INTO :target").bind("target", copy.toString()).execute());
            try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            done = true;
        } catch (IOException e) {
            throw new SqliteStoreException(file, "the backup " + copy + " could not be written (" + e.getMessage()
                    + ")", e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // The failure above is what the caller needs to hear about.
                }
            }
        }
    }

    /** A JDBI failure as the caller should see it: storage trouble as one line naming the file. */
    static RuntimeException translate(Path file, JdbiException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                RuntimeException storage = storageProblem(file, sql);
                if (storage != null) {
                    return storage;
                }
            }
        }
        return e;
    }

    static RuntimeException translate(Path file, SQLException e) {
        RuntimeException storage = storageProblem(file, e);
        return storage != null ? storage
                : new SqliteStoreException(file, "SQLite failed (" + firstLine(e.getMessage()) + ")", e);
    }

    /** The one-line refusal for a storage error, or {@code null} for other errors (constraints, bugs). */
    private static SqliteStoreException storageProblem(Path file, SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return null;
        }
        SQLiteErrorCode code = sqlite.getResultCode();
        String name = code.name();
        if (code == SQLiteErrorCode.SQLITE_FULL) {
            return new SqliteStoreException(file, "the disk is full; nothing was written: free space and retry", e);
        }
        if (name.startsWith("SQLITE_READONLY")) {
            return new SqliteStoreException(file, "the database cannot be written (read-only file, folder or disk); "
                    + "fix the permissions and retry", e);
        }
        if (name.startsWith("SQLITE_CORRUPT") || code == SQLiteErrorCode.SQLITE_NOTADB) {
            return damaged(file, firstLine(e.getMessage()), e);
        }
        if (name.startsWith("SQLITE_IOERR") || name.startsWith("SQLITE_CANTOPEN")) {
            return new SqliteStoreException(file, "input/output error, nothing was written (" + firstLine(e.getMessage())
                    + "); check the disk's free space and health, then retry", e);
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return new SqliteStoreException(file, "another process held the database for longer than the busy "
                    + "timeout; retry, or stop the other process", e);
        }
        return null;
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse(message);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after a refusal: the refusal is what matters.
        }
    }

    /** Closes every connection. */
    @Override
    public void close() {
        readerPool.close();
        writerPool.close();
        synchronized (watcher) {
            closeQuietly(watcher);
        }
    }
}
