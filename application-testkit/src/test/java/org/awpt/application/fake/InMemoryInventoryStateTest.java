package org.awpt.application.fake;

import org.awpt.application.contract.InventoryStateProperties;

/** The in-memory key inventory and sessions agree with the inventory model over random shop days. */
class InMemoryInventoryStateTest extends InventoryStateProperties {
    @Override
    protected Stores newStores() {
        return new Stores(new InMemoryLicenseKeyRepository(), new InMemoryPaymentSessionRepository());
    }
}
