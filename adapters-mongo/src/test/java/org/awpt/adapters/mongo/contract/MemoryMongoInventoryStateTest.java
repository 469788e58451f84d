package org.awpt.adapters.mongo.contract;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.awpt.adapters.mongo.MongoTestServer;

/** The Mongo key inventory and sessions on mongo-java-server's memory backend agree with the inventory model. */
class MemoryMongoInventoryStateTest extends MongoInventoryState {
    private static final MongoTestServer MONGO = MongoTestServer.memory();

    MemoryMongoInventoryStateTest() {
        super(MONGO);
    }

    @BeforeContainer
    static void startServer() {
        MONGO.start();
    }

    @AfterContainer
    static void stopServer() {
        MONGO.stop();
    }
}
