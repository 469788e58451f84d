package org.awpt.application.fake;

import org.awpt.application.contract.PurchaseTicketRepositoryContract;
import org.awpt.application.port.PurchaseTicketRepository;

class InMemoryPurchaseTicketRepositoryTest extends PurchaseTicketRepositoryContract {
    @Override
    protected PurchaseTicketRepository newRepository() {
        return new InMemoryPurchaseTicketRepository();
    }
}
