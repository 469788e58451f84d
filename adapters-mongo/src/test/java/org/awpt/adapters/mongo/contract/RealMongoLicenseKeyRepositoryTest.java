package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.LicenseKeyRepositoryContract;
import org.awpt.application.port.LicenseKeyRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The LicenseKeyRepository contract on the MongoDB named by AWPT_TEST_MONGODB_URI, skipped when it is not set. */
class RealMongoLicenseKeyRepositoryTest extends LicenseKeyRepositoryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.fromEnvironment();

    @Override
    protected LicenseKeyRepository newRepository() {
        return MONGO.freshPersistence().licenseKeys();
    }
}
