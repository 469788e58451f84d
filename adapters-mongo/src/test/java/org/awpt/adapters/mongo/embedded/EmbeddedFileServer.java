package org.awpt.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.awpt.adapters.mongo.EmbeddedMongo;

/** The embedded server on a data folder's file, reached through the driver as AWPT reaches it. */
final class EmbeddedFileServer {
    private static final int DUPLICATE_KEY = 11000;

    private EmbeddedFileServer() {
    }

    /** Runs against a server on {@code data}'s file, committing after writes as AWPT does, then stops it. */
    static void withServer(Path data, Consumer<MongoDatabase> work) {
        try (EmbeddedMongo embedded = EmbeddedMongo.onDisk(data)) {
            MongoClientSettings.Builder settings = MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(embedded.connectionString()));
            embedded.commitAfterWrites().ifPresent(settings::addCommandListener);
            try (MongoClient client = MongoClients.create(settings.build())) {
                work.accept(client.getDatabase("awpt"));
            }
        }
    }

    /** Asserts that {@code write} is refused as a duplicate key (11000). */
    static void assertDuplicate(Runnable write) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(MongoWriteException.class,
                e -> assertThat(e.getCode()).isEqualTo(DUPLICATE_KEY));
    }
}
