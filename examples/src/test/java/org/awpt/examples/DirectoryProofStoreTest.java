package org.awpt.examples;

import java.nio.file.Path;
import org.awpt.application.contract.ProofStoreContract;
import org.awpt.application.port.ProofStore;
import org.junit.jupiter.api.io.TempDir;

/** How a third party proves its own adapter: extend the port's contract suite, hand it an empty store. */
class DirectoryProofStoreTest extends ProofStoreContract {
    @TempDir
    Path folder;

    @Override
    protected ProofStore newStore() {
        return new DirectoryProofStore(folder.resolve("proofs"));
    }
}
