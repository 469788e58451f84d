package org.awpt.adapters.sqlite.contract;

import org.awpt.adapters.sqlite.SqliteTestStore;
import org.awpt.application.contract.LockdownStoreContract;
import org.awpt.application.port.LockdownStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The LockdownStore contract on SQLite (a temporary file for the class, emptied per test). */
class SqliteLockdownStoreTest extends LockdownStoreContract {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.create();

    @Override
    protected LockdownStore newStore() {
        return STORE.fresh().lockdowns();
    }
}
