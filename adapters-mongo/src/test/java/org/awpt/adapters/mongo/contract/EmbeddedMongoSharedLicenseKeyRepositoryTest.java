package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.adapters.mongo.Writers;
import org.awpt.application.contract.LicenseKeyRepositoryContract;
import org.awpt.application.port.LicenseKeyRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The LicenseKeyRepository contract on the embedded server (memory backend) as a shared database:
 * every count is asked of the server, as on a MongoDB server.
 */
class EmbeddedMongoSharedLicenseKeyRepositoryTest extends LicenseKeyRepositoryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.embedded();

    @Override
    protected LicenseKeyRepository newRepository() {
        return MONGO.freshPersistence(Writers.SHARED).licenseKeys();
    }
}
