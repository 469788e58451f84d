package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoPersistence;
import org.awpt.application.contract.ShopRecordsContract.Shop;

/** The ShopRecords contract's view of a Mongo database. */
final class MongoShops {
    private MongoShops() {
    }

    static Shop of(MongoPersistence db) {
        return new Shop(db.records(), db.licenseKeys(), db.paymentSessions(), db.proofs(), db.keyRequests(),
                db.storefrontVisits(), db.purchaseTickets(), db.onceRegistry(), db.auditLog(), db.cooldowns(),
                db.lockdowns(), db.sales());
    }
}
