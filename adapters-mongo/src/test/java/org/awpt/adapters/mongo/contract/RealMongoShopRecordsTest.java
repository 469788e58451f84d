package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.ShopRecordsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ShopRecords contract on the MongoDB named by AWPT_TEST_MONGODB_URI, skipped when it is not set. */
class RealMongoShopRecordsTest extends ShopRecordsContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.fromEnvironment();

    @Override
    protected Shop newShop() {
        return MongoShops.of(MONGO.freshPersistence());
    }
}
