package org.awpt.adapters.sqlite.contract;

import org.awpt.adapters.sqlite.SqliteTestStore;
import org.awpt.application.contract.CooldownStoreContract;
import org.awpt.application.port.CooldownStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CooldownStore contract on SQLite (a temporary file for the class, emptied per test). */
class SqliteCooldownStoreTest extends CooldownStoreContract {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.create();

    @Override
    protected CooldownStore newStore() {
        return STORE.fresh().cooldowns();
    }
}
