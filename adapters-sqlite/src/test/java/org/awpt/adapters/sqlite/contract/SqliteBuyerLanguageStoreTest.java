package org.awpt.adapters.sqlite.contract;

import org.awpt.adapters.sqlite.SqliteTestStore;
import org.awpt.application.contract.BuyerLanguageStoreContract;
import org.awpt.application.port.BuyerLanguageStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The BuyerLanguageStore contract on SQLite (a temporary file for the class, emptied per test). */
class SqliteBuyerLanguageStoreTest extends BuyerLanguageStoreContract {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.create();

    @Override
    protected BuyerLanguageStore newStore() {
        return STORE.fresh().buyerLanguages();
    }
}
