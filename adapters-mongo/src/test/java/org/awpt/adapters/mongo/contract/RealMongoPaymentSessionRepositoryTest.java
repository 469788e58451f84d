package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.PaymentSessionRepositoryContract;
import org.awpt.application.port.PaymentSessionRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PaymentSessionRepository contract on the MongoDB named by AWPT_TEST_MONGODB_URI, skipped when it is not set. */
class RealMongoPaymentSessionRepositoryTest extends PaymentSessionRepositoryContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.fromEnvironment();

    @Override
    protected PaymentSessionRepository newRepository() {
        return MONGO.freshPersistence().paymentSessions();
    }
}
