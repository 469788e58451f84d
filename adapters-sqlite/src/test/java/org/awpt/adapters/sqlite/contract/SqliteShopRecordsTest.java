package org.awpt.adapters.sqlite.contract;

import org.awpt.adapters.sqlite.SqlitePersistence;
import org.awpt.adapters.sqlite.SqliteTestStore;
import org.awpt.application.contract.ShopRecordsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ShopRecords contract on SQLite (a temporary file for the class, emptied per test). */
class SqliteShopRecordsTest extends ShopRecordsContract {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.create();

    @Override
    protected Shop newShop() {
        SqlitePersistence db = STORE.fresh();
        return new Shop(db.records(), db.licenseKeys(), db.paymentSessions(), db.proofs(), db.keyRequests(),
                db.storefrontVisits(), db.purchaseTickets(), db.onceRegistry(), db.auditLog(), db.cooldowns(),
                db.lockdowns(), db.sales());
    }
}
