package org.awpt.application.fake;

import org.awpt.application.contract.StorefrontVisitRepositoryContract;
import org.awpt.application.port.StorefrontVisitRepository;

/** The in-memory repository keeps the StorefrontVisitRepository contract. */
class InMemoryStorefrontVisitRepositoryTest extends StorefrontVisitRepositoryContract {
    @Override
    protected StorefrontVisitRepository newRepository() {
        return new InMemoryStorefrontVisitRepository();
    }
}
