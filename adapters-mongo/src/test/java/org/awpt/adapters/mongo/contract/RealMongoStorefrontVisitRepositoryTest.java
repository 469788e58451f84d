package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.StorefrontVisitRepositoryContract;
import org.awpt.application.port.StorefrontVisitRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The StorefrontVisitRepository contract on the MongoDB named by AWPT_TEST_MONGODB_URI, skipped when it is not set. */
class RealMongoStorefrontVisitRepositoryTest extends StorefrontVisitRepositoryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.fromEnvironment();

    @Override
    protected StorefrontVisitRepository newRepository() {
        return MONGO.freshPersistence().storefrontVisits();
    }
}
