package org.awpt.adapters.sqlite.contract;

import org.awpt.adapters.sqlite.SqliteTestStore;
import org.awpt.application.contract.OnceRegistryContract;
import org.awpt.application.port.OnceRegistry;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OnceRegistry contract on SQLite (a temporary file for the class, emptied per test). */
class SqliteOnceRegistryTest extends OnceRegistryContract {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.create();

    @Override
    protected OnceRegistry newRegistry() {
        return STORE.fresh().onceRegistry();
    }

    @Override
    protected OnceRegistry reopen(OnceRegistry current) {
        return STORE.reopened().onceRegistry();
    }
}
