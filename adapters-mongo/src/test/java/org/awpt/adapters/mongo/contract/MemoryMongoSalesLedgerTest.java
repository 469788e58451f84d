package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.SalesLedgerContract;
import org.awpt.application.port.SalesLedger;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SalesLedger contract on mongo-java-server's memory backend. */
class MemoryMongoSalesLedgerTest extends SalesLedgerContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    @Override
    protected SalesLedger newLedger() {
        return MONGO.freshPersistence().sales();
    }
}
