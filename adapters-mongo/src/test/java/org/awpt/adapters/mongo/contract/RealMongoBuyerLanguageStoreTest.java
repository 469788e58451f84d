package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.BuyerLanguageStoreContract;
import org.awpt.application.port.BuyerLanguageStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The BuyerLanguageStore contract on the MongoDB named by AWPT_TEST_MONGODB_URI, skipped when it is not set. */
class RealMongoBuyerLanguageStoreTest extends BuyerLanguageStoreContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.fromEnvironment();

    @Override
    protected BuyerLanguageStore newStore() {
        return MONGO.freshPersistence().buyerLanguages();
    }
}
