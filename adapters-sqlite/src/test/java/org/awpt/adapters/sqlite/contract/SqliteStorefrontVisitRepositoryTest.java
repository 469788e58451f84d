package org.awpt.adapters.sqlite.contract;

import org.awpt.adapters.sqlite.SqliteTestStore;
import org.awpt.application.contract.StorefrontVisitRepositoryContract;
import org.awpt.application.port.StorefrontVisitRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The StorefrontVisitRepository contract on SQLite (a temporary file for the class, emptied per test). */
class SqliteStorefrontVisitRepositoryTest extends StorefrontVisitRepositoryContract {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.create();

    @Override
    protected StorefrontVisitRepository newRepository() {
        return STORE.fresh().storefrontVisits();
    }
}
