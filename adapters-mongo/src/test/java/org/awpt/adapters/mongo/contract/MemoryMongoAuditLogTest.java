package org.awpt.adapters.mongo.contract;

import org.awpt.adapters.mongo.MongoTestServer;
import org.awpt.application.contract.AuditLogContract;
import org.awpt.application.port.AuditLog;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AuditLog contract on mongo-java-server's memory backend. */
class MemoryMongoAuditLogTest extends AuditLogContract {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    @Override
    protected AuditLog newAuditLog() {
        return MONGO.freshPersistence().auditLog();
    }
}
