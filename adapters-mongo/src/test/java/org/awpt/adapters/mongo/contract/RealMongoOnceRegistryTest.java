package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.OnceRegistryContract;
import org.awpt.application.port.OnceRegistry;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OnceRegistry contract on the MongoDB named by AWPT_TEST_MONGODB_URI, skipped when it is not set. */
class RealMongoOnceRegistryTest extends OnceRegistryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.fromEnvironment();

    @Override
    protected OnceRegistry newRegistry() {
        return MONGO.freshPersistence().onceRegistry();
    }

    @Override
    protected OnceRegistry reopen(OnceRegistry current) {
        return MONGO.reopenedLast().onceRegistry();
    }
}
