package org.awpt.adapters.sqlite.contract;

import org.awpt.adapters.sqlite.SqliteTestStore;
import org.awpt.application.contract.PaymentSessionRepositoryContract;
import org.awpt.application.port.PaymentSessionRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PaymentSessionRepository contract on SQLite (a temporary file for the class, emptied per test). */
class SqlitePaymentSessionRepositoryTest extends PaymentSessionRepositoryContract {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.create();

    @Override
    protected PaymentSessionRepository newRepository() {
        return STORE.fresh().paymentSessions();
    }
}
