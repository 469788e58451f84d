package org.awpt.application.fake;

import org.awpt.application.contract.CooldownStoreContract;
import org.awpt.application.port.CooldownStore;

/** The in-memory fake keeps the CooldownStore contract. */
class InMemoryCooldownStoreTest extends CooldownStoreContract {
    @Override
    protected CooldownStore newStore() {
        return new InMemoryCooldownStore();
    }
}
