package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.LicenseKeyRepositoryContract;
import org.awpt.application.port.LicenseKeyRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The LicenseKeyRepository contract on mongo-java-server's memory backend. */
class MemoryMongoLicenseKeyRepositoryTest extends LicenseKeyRepositoryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    @Override
    protected LicenseKeyRepository newRepository() {
        return MONGO.freshPersistence().licenseKeys();
    }
}
