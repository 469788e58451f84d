package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.BuyerLanguageStoreContract;
import org.awpt.application.port.BuyerLanguageStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The BuyerLanguageStore contract on mongo-java-server's memory backend. */
class MemoryMongoBuyerLanguageStoreTest extends BuyerLanguageStoreContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    @Override
    protected BuyerLanguageStore newStore() {
        return MONGO.freshPersistence().buyerLanguages();
    }
}
