package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.adapters.mongo.Writers;
import org.awpt.application.contract.LicenseKeyRepositoryContract;
import org.awpt.application.port.LicenseKeyRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The LicenseKeyRepository contract on the embedded server (memory backend), as the embedded default
 * runs it: this process alone writes the database, so key counts come from the in-memory tally.
 */
class EmbeddedMongoLicenseKeyRepositoryTest extends LicenseKeyRepositoryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.embedded();

    @Override
    protected LicenseKeyRepository newRepository() {
        return MONGO.freshPersistence(Writers.THIS_PROCESS).licenseKeys();
    }
}
