package org.awpt.adapters.sqlite.contract;

import org.awpt.adapters.sqlite.SqliteTestStore;
import org.awpt.application.contract.PurchaseTicketRepositoryContract;
import org.awpt.application.port.PurchaseTicketRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PurchaseTicketRepository contract on SQLite (a temporary file for the class, emptied per test). */
class SqlitePurchaseTicketRepositoryTest extends PurchaseTicketRepositoryContract {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.create();

    @Override
    protected PurchaseTicketRepository newRepository() {
        return STORE.fresh().purchaseTickets();
    }
}
