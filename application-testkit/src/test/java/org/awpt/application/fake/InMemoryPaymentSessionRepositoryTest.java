package org.awpt.application.fake;

import org.awpt.application.contract.PaymentSessionRepositoryContract;
import org.awpt.application.port.PaymentSessionRepository;

/** The in-memory repository keeps the PaymentSessionRepository contract. */
class InMemoryPaymentSessionRepositoryTest extends PaymentSessionRepositoryContract {
    @Override
    protected PaymentSessionRepository newRepository() {
        return new InMemoryPaymentSessionRepository();
    }
}
