package org.awpt.adapters.sqlite;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;

/** The data folder (0700) and the database file (0600); permissions are skipped on file systems without them. */
final class SqliteFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SqliteFiles() {
    }

    /**
     * Creates a new shop at {@code file}: the schema is written into a private temporary file next to
     * it, which then takes the final name in one step (a hard link, which fails if the name is taken).
     * A crash midway leaves no half-made {@code awpt.db}.
     */
    static void createShop(Path file, SqliteSettings settings) {
        Path folder = file.getParent();
        Path fresh;
        try {
            createPrivateFolder(folder);
            fresh = POSIX ? Files.createTempFile(folder, "awpt.db.", ".new", privateFile())
                    : Files.createTempFile(folder, "awpt.db.", ".new");
        } catch (IOException e) {
            throw new SqliteStoreException(file, "cannot create the data folder or a new database there ("
                    + e.getMessage() + "); check the folder's permissions", e);
        }
        try {
            try (Connection connection = SqliteDatabase.connect(fresh, settings, false)) {
                // The first write turns the empty file into a WAL database; the schema follows.
                connection.createStatement().execute("PRAGMA user_version = 0");
            } catch (SQLException e) {
                throw SqliteDatabase.translate(fresh, e);
            }
            SchemaMigrations.migrate(fresh, settings);
            try {
                Files.createLink(file, fresh);
            } catch (FileAlreadyExistsException raced) {
                // Another process created the shop meanwhile: use theirs.
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.move(fresh, file);
            }
        } catch (IOException e) {
            throw new SqliteStoreException(file, "cannot create the database (" + e.getMessage() + ")", e);
        } finally {
            try {
                Files.deleteIfExists(fresh);
            } catch (IOException ignored) {
                // A stray temporary file is harmless; it is never opened as a shop.
            }
        }
    }

    /** Creates the folder (and its parents) as 0700 when absent; an existing folder is left as it is. */
    static void createPrivateFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Creates a new, empty file readable by its owner only; fails if it exists. */
    static void createPrivateFile(Path file) throws IOException {
        if (POSIX) {
            Files.createFile(file, privateFile());
        } else {
            Files.createFile(file);
        }
    }

    private static FileAttribute<?> privateFile() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }
}
