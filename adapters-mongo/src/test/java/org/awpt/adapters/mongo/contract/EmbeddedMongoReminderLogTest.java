package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.ReminderLogContract;
import org.awpt.application.port.ReminderLog;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ReminderLog contract on the embedded server (memory backend). */
class EmbeddedMongoReminderLogTest extends ReminderLogContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.embedded();

    @Override
    protected ReminderLog newRepository() {
        return MONGO.freshPersistence().reminders();
    }
}
