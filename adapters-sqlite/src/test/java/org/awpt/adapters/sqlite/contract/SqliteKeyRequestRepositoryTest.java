package org.awpt.adapters.sqlite.contract;

import org.awpt.adapters.sqlite.SqliteTestStore;
import org.awpt.application.contract.KeyRequestRepositoryContract;
import org.awpt.application.port.KeyRequestRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The KeyRequestRepository contract on SQLite (a temporary file for the class, emptied per test). */
class SqliteKeyRequestRepositoryTest extends KeyRequestRepositoryContract {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.create();

    @Override
    protected KeyRequestRepository newRepository() {
        return STORE.fresh().keyRequests();
    }
}
