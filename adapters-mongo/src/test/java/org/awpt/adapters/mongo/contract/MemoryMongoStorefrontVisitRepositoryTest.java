package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.StorefrontVisitRepositoryContract;
import org.awpt.application.port.StorefrontVisitRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The StorefrontVisitRepository contract on mongo-java-server's memory backend. */
class MemoryMongoStorefrontVisitRepositoryTest extends StorefrontVisitRepositoryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    @Override
    protected StorefrontVisitRepository newRepository() {
        return MONGO.freshPersistence().storefrontVisits();
    }
}
