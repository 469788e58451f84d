package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.CooldownStoreContract;
import org.awpt.application.port.CooldownStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CooldownStore contract on the embedded server (memory backend). */
class EmbeddedMongoCooldownStoreTest extends CooldownStoreContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.embedded();

    @Override
    protected CooldownStore newStore() {
        return MONGO.freshPersistence().cooldowns();
    }
}
