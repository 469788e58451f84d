package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.PurchaseTicketRepositoryContract;
import org.awpt.application.port.PurchaseTicketRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PurchaseTicketRepository contract on the MongoDB named by AWPT_TEST_MONGODB_URI, skipped when it is not set. */
class RealMongoPurchaseTicketRepositoryTest extends PurchaseTicketRepositoryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.fromEnvironment();

    @Override
    protected PurchaseTicketRepository newRepository() {
        return MONGO.freshPersistence().purchaseTickets();
    }
}
