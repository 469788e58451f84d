package org.awpt.adapters.sqlite.contract;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.awpt.adapters.sqlite.SqlitePersistence;
import org.awpt.adapters.sqlite.SqliteTestStore;
import org.awpt.application.contract.InventoryStateProperties;

/**
 * The SQLite key inventory and sessions agree with the inventory model after every step of random
 * sequences (one file for the class, emptied at the start of every sequence). jqwik runs no JUnit
 * extension, so the store's own lifecycle is driven from jqwik's container hooks.
 */
class SqliteInventoryStateTest extends InventoryStateProperties {
    private static final SqliteTestStore STORE = SqliteTestStore.create();

    @BeforeContainer
    static void openStore() throws Exception {
        STORE.beforeAll(null);
    }

    @AfterContainer
    static void closeStore() {
        STORE.afterAll(null);
    }

    @Override
    protected Stores newStores() {
        SqlitePersistence store = STORE.fresh();
        return new Stores(store.licenseKeys(), store.paymentSessions());
    }
}
