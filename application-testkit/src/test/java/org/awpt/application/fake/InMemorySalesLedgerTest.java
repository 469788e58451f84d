package org.awpt.application.fake;

import org.awpt.application.contract.SalesLedgerContract;
import org.awpt.application.port.SalesLedger;

/** The in-memory ledger keeps the SalesLedger contract. */
class InMemorySalesLedgerTest extends SalesLedgerContract {
    @Override
    protected SalesLedger newLedger() {
        return new InMemorySalesLedger();
    }
}
