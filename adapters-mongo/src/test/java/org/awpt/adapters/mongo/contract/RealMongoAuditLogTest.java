package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.AuditLogContract;
import org.awpt.application.port.AuditLog;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AuditLog contract on the MongoDB named by AWPT_TEST_MONGODB_URI, skipped when it is not set. */
class RealMongoAuditLogTest extends AuditLogContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.fromEnvironment();

    @Override
    protected AuditLog newAuditLog() {
        return MONGO.freshPersistence().auditLog();
    }
}
