package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.PurchaseTicketRepositoryContract;
import org.awpt.application.port.PurchaseTicketRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PurchaseTicketRepository contract on mongo-java-server's memory backend. */
class MemoryMongoPurchaseTicketRepositoryTest extends PurchaseTicketRepositoryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    @Override
    protected PurchaseTicketRepository newRepository() {
        return MONGO.freshPersistence().purchaseTickets();
    }
}
