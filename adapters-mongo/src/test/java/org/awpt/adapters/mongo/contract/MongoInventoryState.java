package org.awpt.adapters.mongo.contract;

import net.jqwik.api.PropertyDefaults;
import org.awpt.adapters.mongo.MongoPersistence;
import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.InventoryStateProperties;

/** The inventory properties on a database of its own per sequence, dropped after each try. */
// Every step is a few round trips to a server: half the fakes' tries keep the suite fast.
@PropertyDefaults(tries = 25)
abstract class MongoInventoryState extends InventoryStateProperties {
    private final MongoTestServer server;

    MongoInventoryState(MongoTestServer server) {
        this.server = server;
    }

    @Override
    protected Stores newStores() {
        MongoPersistence persistence = server.freshPersistence();
        return new Stores(persistence.licenseKeys(), persistence.paymentSessions());
    }

    @Override
    protected void releaseStores() {
        server.dropDatabases();
    }
}
