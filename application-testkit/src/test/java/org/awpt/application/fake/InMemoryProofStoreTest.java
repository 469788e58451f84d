package org.awpt.application.fake;

import org.awpt.application.contract.ProofStoreContract;
import org.awpt.application.port.ProofStore;

/** The in-memory fake keeps the ProofStore contract. */
class InMemoryProofStoreTest extends ProofStoreContract {
    @Override
    protected ProofStore newStore() {
        return new InMemoryProofStore();
    }
}
