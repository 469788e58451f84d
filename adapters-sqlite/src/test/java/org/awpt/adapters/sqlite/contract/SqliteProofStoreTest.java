package org.awpt.adapters.sqlite.contract;

import org.awpt.adapters.sqlite.SqliteTestStore;
import org.awpt.application.contract.ProofStoreContract;
import org.awpt.application.port.ProofStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ProofStore contract on SQLite (a temporary file for the class, emptied per test). */
class SqliteProofStoreTest extends ProofStoreContract {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.create();

    @Override
    protected ProofStore newStore() {
        return STORE.fresh().proofs();
    }
}
