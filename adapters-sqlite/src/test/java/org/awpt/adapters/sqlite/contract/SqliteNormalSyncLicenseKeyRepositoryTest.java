package org.awpt.adapters.sqlite.contract;

import org.awpt.adapters.sqlite.SqliteTestStore;
import org.awpt.application.contract.LicenseKeyRepositoryContract;
import org.awpt.application.port.LicenseKeyRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The LicenseKeyRepository contract on SQLite committing with {@code synchronous=NORMAL}. */
class SqliteNormalSyncLicenseKeyRepositoryTest extends LicenseKeyRepositoryContract {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.normal();

    @Override
    protected LicenseKeyRepository newRepository() {
        return STORE.fresh().licenseKeys();
    }
}
