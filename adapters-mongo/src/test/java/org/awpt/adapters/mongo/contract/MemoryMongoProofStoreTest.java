package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.ProofStoreContract;
import org.awpt.application.port.ProofStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ProofStore contract on mongo-java-server's memory backend. */
class MemoryMongoProofStoreTest extends ProofStoreContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    @Override
    protected ProofStore newStore() {
        return MONGO.freshPersistence().proofs();
    }
}
