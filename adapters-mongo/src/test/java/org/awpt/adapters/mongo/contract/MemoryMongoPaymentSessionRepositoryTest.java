package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.PaymentSessionRepositoryContract;
import org.awpt.application.port.PaymentSessionRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PaymentSessionRepository contract on mongo-java-server's memory backend. */
class MemoryMongoPaymentSessionRepositoryTest extends PaymentSessionRepositoryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    @Override
    protected PaymentSessionRepository newRepository() {
        return MONGO.freshPersistence().paymentSessions();
    }
}
