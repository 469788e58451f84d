package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.CooldownStoreContract;
import org.awpt.application.port.CooldownStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CooldownStore contract on the MongoDB named by AWPT_TEST_MONGODB_URI, skipped when it is not set. */
class RealMongoCooldownStoreTest extends CooldownStoreContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.fromEnvironment();

    @Override
    protected CooldownStore newStore() {
        return MONGO.freshPersistence().cooldowns();
    }
}
