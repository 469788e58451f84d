package org.awpt.adapters.mongo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the shop's data lives: a MongoDB server named by its URI, or, with no URI, the embedded
 * server storing its files under a data folder.
 *
 * @param uri            the MongoDB connection string; empty for the embedded server
 * @param database       the database used when the URI names none
 * @param dataDirectory  where the embedded server keeps its file
 * @param connectTimeout how long to wait for the server at start-up
 */
public record MongoSettings(Optional<String> uri, String database, Path dataDirectory, Duration connectTimeout) {
    /** The database used when neither the URI nor the settings name one. */
    public static final String DEFAULT_DATABASE = "awpt";

    /** Checks the parts; a blank URI means the embedded server. */
    public MongoSettings {
        uri = uri == null ? Optional.empty() : uri.map(String::strip).filter(text -> !text.isEmpty());
        database = database == null || database.isBlank() ? DEFAULT_DATABASE : database.strip();
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("a connect timeout is positive");
        }
    }

    /** The embedded server with its file under {@code dataDirectory}. */
    public static MongoSettings embedded(Path dataDirectory) {
        return new MongoSettings(Optional.empty(), DEFAULT_DATABASE, dataDirectory, null);
    }

    /** A MongoDB server; the data folder is unused. */
    public static MongoSettings server(String uri) {
        return new MongoSettings(Optional.of(uri), DEFAULT_DATABASE, Path.of("data"), null);
    }

    /** Whether the embedded server is used. */
    public boolean isEmbedded() {
        return uri.isEmpty();
    }
}
