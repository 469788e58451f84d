package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.AuditLogContract;
import org.awpt.application.port.AuditLog;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AuditLog contract on the embedded server (memory backend). */
class EmbeddedMongoAuditLogTest extends AuditLogContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.embedded();

    @Override
    protected AuditLog newAuditLog() {
        return MONGO.freshPersistence().auditLog();
    }
}
