package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.ProofStoreContract;
import org.awpt.application.port.ProofStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ProofStore contract on the embedded server (memory backend). */
class EmbeddedMongoProofStoreTest extends ProofStoreContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.embedded();

    @Override
    protected ProofStore newStore() {
        return MONGO.freshPersistence().proofs();
    }
}
