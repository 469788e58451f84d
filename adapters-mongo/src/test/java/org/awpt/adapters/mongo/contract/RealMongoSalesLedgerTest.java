package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.SalesLedgerContract;
import org.awpt.application.port.SalesLedger;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SalesLedger contract on the MongoDB named by AWPT_TEST_MONGODB_URI, skipped when it is not set. */
class RealMongoSalesLedgerTest extends SalesLedgerContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.fromEnvironment();

    @Override
    protected SalesLedger newLedger() {
        return MONGO.freshPersistence().sales();
    }
}
