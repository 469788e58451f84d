package org.awpt.adapters.mongo.contract;

import net.jqwik.api.PropertyDefaults;
import org.awpt.adapters.mongo.MongoPersistence;
import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.InventoryStateProperties;

/**
 * The inventory properties on one database, emptied (collections and indexes kept) at the start of
 * every sequence, shrinking runs included: a new database with its indexes per try took most of the run.
 */
// Every step is a few round trips to a server: half the fakes' tries keep the suite fast.
@PropertyDefaults(tries = 25)
abstract class MongoInventoryState extends InventoryStateProperties {
    private final MongoTestServer server;

    MongoInventoryState(MongoTestServer server) {
        this.server = server;
    }

    @Override
    protected Stores newStores() {
        MongoPersistence persistence = server.emptiedPersistence();
        return new Stores(persistence.licenseKeys(), persistence.paymentSessions());
    }
}
