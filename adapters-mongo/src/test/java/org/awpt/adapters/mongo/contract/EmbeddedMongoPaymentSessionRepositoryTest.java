package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.PaymentSessionRepositoryContract;
import org.awpt.application.port.PaymentSessionRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PaymentSessionRepository contract on the embedded server (memory backend). */
class EmbeddedMongoPaymentSessionRepositoryTest extends PaymentSessionRepositoryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.embedded();

    @Override
    protected PaymentSessionRepository newRepository() {
        return MONGO.freshPersistence().paymentSessions();
    }
}
