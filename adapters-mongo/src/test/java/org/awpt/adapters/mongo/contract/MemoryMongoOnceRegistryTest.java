package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.OnceRegistryContract;
import org.awpt.application.port.OnceRegistry;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OnceRegistry contract on mongo-java-server's memory backend. */
class MemoryMongoOnceRegistryTest extends OnceRegistryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    @Override
    protected OnceRegistry newRegistry() {
        return MONGO.freshPersistence().onceRegistry();
    }

    @Override
    protected OnceRegistry reopen(OnceRegistry current) {
        return MONGO.reopenedLast().onceRegistry();
    }
}
