package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.KeyRequestRepositoryContract;
import org.awpt.application.port.KeyRequestRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The KeyRequestRepository contract on the MongoDB named by AWPT_TEST_MONGODB_URI, skipped when it is not set. */
class RealMongoKeyRequestRepositoryTest extends KeyRequestRepositoryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.fromEnvironment();

    @Override
    protected KeyRequestRepository newRepository() {
        return MONGO.freshPersistence().keyRequests();
    }
}
