package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.LockdownStoreContract;
import org.awpt.application.port.LockdownStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The LockdownStore contract on mongo-java-server's memory backend. */
class MemoryMongoLockdownStoreTest extends LockdownStoreContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    @Override
    protected LockdownStore newStore() {
        return MONGO.freshPersistence().lockdowns();
    }
}
