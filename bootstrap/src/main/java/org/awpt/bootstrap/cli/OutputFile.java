package org.awpt.bootstrap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file the command line writes (a key export, a chart, a backup). It is never written inside the
 * data folder (where the database lives) nor over an existing file unless {@code --force} was given.
 * It is made in a private folder next to the target, readable by its owner only (0600), synced,
 * then moved into place in one step: nobody sees half a file, and a failure leaves nothing behind.
 */
final class OutputFile {
    private static final Logger LOG = LoggerFactory.getLogger(OutputFile.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path target;
    private final boolean force;

    private OutputFile(Path target, boolean force) {
        this.target = target;
        this.force = force;
    }

    /** What writes the content to a new file at the path it is given. */
    @FunctionalInterface
    interface Content<T> {
        /** Creates {@code file} and writes it; returns what the command reports. */
        T writeTo(Path file) throws IOException;
    }

    /** What writes the content to a stream. */
    @FunctionalInterface
    interface StreamContent<T> {
        /** Writes to {@code out}; returns what the command reports. */
        T writeTo(OutputStream out) throws IOException;
    }

    /**
     * The file {@code requested} (relative to the working folder), checked before anything is done.
     *
     * @param dataDir the data folder, where no output file may go
     * @param force   whether an existing file may be replaced
     * @throws UsageException for a folder, a file inside the data folder, or an existing file without {@code force}
     */
    static OutputFile checked(Path workingDir, Path requested, Path dataDir, boolean force) {
        Path target = workingDir.resolve(requested).toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new UsageException(target + " is a folder: name the file to write.");
        }
        Path data = real(dataDir.toAbsolutePath().normalize());
        if (real(target).startsWith(data)) {
            throw new UsageException("Refusing to write " + target + ": it is inside the data folder " + data
                    + ", where the database lives. Choose a file outside it.");
        }
        if (!force && Files.exists(target)) {
            throw new UsageException(target + " already exists: pass --force to replace it, or choose another name.");
        }
        return new OutputFile(target, force);
    }

    /** Where the file goes (absolute). */
    Path path() {
        return target;
    }

    /** Writes the file through a stream. */
    <T> T writeStream(StreamContent<T> content) {
        return write(file -> {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                return content.writeTo(out);
            }
        });
    }

    /**
     * Writes the file: {@code content} creates it in a private folder next to the target; it is then
     * restricted to its owner, synced and moved into place.
     *
     * @throws CommandFailedException when the folder or the file cannot be written
     * @throws UsageException         when a file appeared at the target meanwhile and {@code --force} was not given
     */
    <T> T write(Content<T> content) {
        Path staging;
        try {
            staging = Files.createTempDirectory(target.getParent(), ".awpt-", privateFolder());
        } catch (IOException e) {
            throw CommandFailedException.cannotWrite(target, e);
        }
        try {
            Path file = staging.resolve(target.getFileName());
            T result = content.writeTo(file);
            if (POSIX) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveIntoPlace(file);
            return result;
        } catch (IOException e) {
            throw CommandFailedException.cannotWrite(target, e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private void moveIntoPlace(Path file) throws IOException {
        if (force) {
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
        }
        try {
            // Without REPLACE_EXISTING the move refuses an existing target; on one file system it is a rename.
            Files.move(file, target);
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(target + " appeared while it was written: pass --force to replace it, or"
                    + " choose another name.");
        }
    }

    private static FileAttribute<?>[] privateFolder() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0];
    }

    /** The path with every existing part's links resolved, so a link into the data folder is seen for what it is. */
    private static Path real(Path path) {
        Path existing = path;
        Path rest = existing.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return path;
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.warn("Could not delete the temporary {}", path, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not delete the temporary folder {}", folder, e);
        }
    }
}
