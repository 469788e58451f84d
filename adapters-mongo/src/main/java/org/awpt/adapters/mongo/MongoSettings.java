package org.awpt.adapters.mongo;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the shop's data lives: a MongoDB server (in production a replica set) named by its URI.
 *
 * @param uri            the MongoDB connection string
 * @param database       the database used when the URI names none
 * @param connectTimeout how long to wait for the server at start-up, once
 */
public record MongoSettings(String uri, String database, Duration connectTimeout) {
    /** The database used when neither the URI nor the settings name one. */
    public static final String DEFAULT_DATABASE = "awpt";
    /** How long start-up waits for the server when nothing else is said. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Checks the parts: a URI is required; a blank database or a missing timeout take the defaults. */
    public MongoSettings {
        Objects.requireNonNull(uri, "uri");
        uri = uri.strip();
        if (uri.isEmpty()) {
            throw new IllegalArgumentException("a MongoDB URI is required");
        }
        database = database == null || database.isBlank() ? DEFAULT_DATABASE : database.strip();
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("a connect timeout is positive");
        }
    }

    /** The server at {@code uri}, database {@value #DEFAULT_DATABASE} unless the URI names one, 10 s to connect. */
    public static MongoSettings of(String uri) {
        return new MongoSettings(uri, DEFAULT_DATABASE, DEFAULT_CONNECT_TIMEOUT);
    }
}
