package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.ProofStoreContract;
import org.awpt.application.port.ProofStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ProofStore contract on the MongoDB named by AWPT_TEST_MONGODB_URI, skipped when it is not set. */
class RealMongoProofStoreTest extends ProofStoreContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.fromEnvironment();

    @Override
    protected ProofStore newStore() {
        return MONGO.freshPersistence().proofs();
    }
}
