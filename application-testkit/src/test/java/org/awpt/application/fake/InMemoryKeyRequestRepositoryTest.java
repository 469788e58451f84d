package org.awpt.application.fake;

import org.awpt.application.contract.KeyRequestRepositoryContract;
import org.awpt.application.port.KeyRequestRepository;

/** The in-memory repository keeps the KeyRequestRepository contract. */
class InMemoryKeyRequestRepositoryTest extends KeyRequestRepositoryContract {
    @Override
    protected KeyRequestRepository newRepository() {
        return new InMemoryKeyRequestRepository();
    }
}
