package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.LockdownStoreContract;
import org.awpt.application.port.LockdownStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The LockdownStore contract on the MongoDB named by AWPT_TEST_MONGODB_URI, skipped when it is not set. */
class RealMongoLockdownStoreTest extends LockdownStoreContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.fromEnvironment();

    @Override
    protected LockdownStore newStore() {
        return MONGO.freshPersistence().lockdowns();
    }
}
