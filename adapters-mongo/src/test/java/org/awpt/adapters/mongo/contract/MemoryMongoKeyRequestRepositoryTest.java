package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.KeyRequestRepositoryContract;
import org.awpt.application.port.KeyRequestRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The KeyRequestRepository contract on mongo-java-server's memory backend. */
class MemoryMongoKeyRequestRepositoryTest extends KeyRequestRepositoryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    @Override
    protected KeyRequestRepository newRepository() {
        return MONGO.freshPersistence().keyRequests();
    }
}
