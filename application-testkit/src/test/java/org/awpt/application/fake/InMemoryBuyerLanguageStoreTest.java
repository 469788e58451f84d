package org.awpt.application.fake;

import org.awpt.application.contract.BuyerLanguageStoreContract;
import org.awpt.application.port.BuyerLanguageStore;

/** The BuyerLanguageStore contract on the in-memory fake. */
class InMemoryBuyerLanguageStoreTest extends BuyerLanguageStoreContract {
    @Override
    protected BuyerLanguageStore newStore() {
        return new InMemoryBuyerLanguageStore();
    }
}
