package org.awpt.application.fake;

import org.awpt.application.contract.LicenseKeyRepositoryContract;
import org.awpt.application.port.LicenseKeyRepository;

/** The in-memory key inventory keeps the repository contract. */
class InMemoryLicenseKeyRepositoryTest extends LicenseKeyRepositoryContract {
    @Override
    protected LicenseKeyRepository newRepository() {
        return new InMemoryLicenseKeyRepository();
    }
}
