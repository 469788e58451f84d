package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.ShopRecordsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ShopRecords contract on mongo-java-server's memory backend. */
class MemoryMongoShopRecordsTest extends ShopRecordsContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    @Override
    protected Shop newShop() {
        return MongoShops.of(MONGO.freshPersistence());
    }
}
