package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.KeyRequestRepositoryContract;
import org.awpt.application.port.KeyRequestRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The KeyRequestRepository contract on the embedded server (memory backend). */
class EmbeddedMongoKeyRequestRepositoryTest extends KeyRequestRepositoryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.embedded();

    @Override
    protected KeyRequestRepository newRepository() {
        return MONGO.freshPersistence().keyRequests();
    }
}
