package org.awpt.application.fake;

import org.awpt.application.contract.ShopRecordsContract;
import org.awpt.application.port.ShopRecords;

/** The ShopRecords contract on the in-memory fakes. */
class InMemoryShopRecordsTest extends ShopRecordsContract {

    @Override
    protected Shop newShop() {
        InMemoryLicenseKeyRepository keys = new InMemoryLicenseKeyRepository();
        InMemoryPaymentSessionRepository sessions = new InMemoryPaymentSessionRepository();
        InMemoryProofStore proofs = new InMemoryProofStore();
        InMemoryKeyRequestRepository requests = new InMemoryKeyRequestRepository();
        InMemoryStorefrontVisitRepository visits = new InMemoryStorefrontVisitRepository();
        InMemoryPurchaseTicketRepository tickets = new InMemoryPurchaseTicketRepository();
        InMemoryOnceRegistry once = new InMemoryOnceRegistry();
        InMemoryAuditLog audit = new InMemoryAuditLog();
        InMemoryCooldownStore cooldowns = new InMemoryCooldownStore();
        InMemoryLockdownStore lockdowns = new InMemoryLockdownStore();
        InMemorySalesLedger sales = new InMemorySalesLedger();
        return new Shop(new ShopRecords(keys, sessions, proofs, requests, visits, tickets, once, audit, cooldowns,
                lockdowns, sales), keys, sessions, proofs, requests, visits, tickets, once, audit, cooldowns, lockdowns,
                sales);
    }
}
