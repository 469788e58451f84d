package org.awpt.adapters.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.awpt.adapters.mongo.embedded.CompactH2Backend;
import org.awpt.adapters.mongo.embedded.EmbeddedFileFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: {@code mongo-java-server} on loopback, reached through the same MongoDB
 * driver and code path as a real server. On disk it is the server's H2 file backend with compact map
 * types ({@link CompactH2Backend}).
 *
 * <p>The H2 file backend commits on its own only about once a second, so a process killed right
 * after an acknowledged write could lose it. {@link #commitAfterWrites()} closes that gap: the
 * driver calls it for every successful write command before the write returns to its caller.
 */
public final class EmbeddedMongo implements AutoCloseable {
    /** The name of the embedded server's file in the data folder. */
    public static final String FILE_NAME = "awpt-embedded.mv";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongo.class);
    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    private final MongoBackend backend;
    private final MongoServer server;
    private final InetSocketAddress address;
    private final H2Backend durable;

    private EmbeddedMongo(MongoBackend backend, H2Backend durable) {
        this.backend = backend;
        this.durable = durable;
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        this.address = server.getLocalAddress();
    }

    /**
     * A server keeping its data in {@code dataDirectory}, created when missing.
     *
     * @throws EmbeddedFileFormatException when the folder's file was written by an earlier build
     */
    public static EmbeddedMongo onDisk(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dataDirectory.toAbsolutePath(), e);
        }
        Path file = dataDirectory.resolve(FILE_NAME).toAbsolutePath();
        H2Backend h2;
        try {
            h2 = CompactH2Backend.open(file);
        } catch (EmbeddedFileFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open the embedded database file " + file
                    + " (is another AWPT running on the same data folder?)", e);
        }
        LOG.info("Embedded MongoDB server on its H2 file {}", file);
        return new EmbeddedMongo(h2, h2);
    }

    /** A server keeping everything in memory, lost on close: for tests and benchmarks. */
    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(new MemoryBackend(), null);
    }

    /** The connection string of the server, on loopback. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /** The listener committing the file after each acknowledged write; empty for the memory backend. */
    public Optional<CommandListener> commitAfterWrites() {
        if (durable == null) {
            return Optional.empty();
        }
        return Optional.of(new CommandListener() {
            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                if (WRITE_COMMANDS.contains(event.getCommandName().toLowerCase(java.util.Locale.ROOT))) {
                    durable.commit();
                }
            }
        });
    }

    /** Stops the server and closes its file (committing what is left). */
    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
