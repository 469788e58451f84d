package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.CooldownStoreContract;
import org.awpt.application.port.CooldownStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CooldownStore contract on mongo-java-server's memory backend. */
class MemoryMongoCooldownStoreTest extends CooldownStoreContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    @Override
    protected CooldownStore newStore() {
        return MONGO.freshPersistence().cooldowns();
    }
}
