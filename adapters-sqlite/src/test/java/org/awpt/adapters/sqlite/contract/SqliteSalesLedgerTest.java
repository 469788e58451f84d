package org.awpt.adapters.sqlite.contract;

import org.awpt.adapters.sqlite.SqliteTestStore;
import org.awpt.application.contract.SalesLedgerContract;
import org.awpt.application.port.SalesLedger;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SalesLedger contract on SQLite (a temporary file for the class, emptied per test). */
class SqliteSalesLedgerTest extends SalesLedgerContract {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.create();

    @Override
    protected SalesLedger newLedger() {
        return STORE.fresh().sales();
    }
}
