package org.awpt.application.fake;

import org.awpt.application.contract.LockdownStoreContract;
import org.awpt.application.port.LockdownStore;

/** The in-memory fake keeps the LockdownStore contract. */
class InMemoryLockdownStoreTest extends LockdownStoreContract {
    @Override
    protected LockdownStore newStore() {
        return new InMemoryLockdownStore();
    }
}
