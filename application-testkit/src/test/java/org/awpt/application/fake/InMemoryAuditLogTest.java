package org.awpt.application.fake;

import org.awpt.application.contract.AuditLogContract;
import org.awpt.application.port.AuditLog;

/** The in-memory fake keeps the AuditLog contract. */
class InMemoryAuditLogTest extends AuditLogContract {
    @Override
    protected AuditLog newAuditLog() {
        return new InMemoryAuditLog();
    }
}
