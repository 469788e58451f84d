package org.awpt.adapters.sqlite.contract;

import org.awpt.adapters.sqlite.SqliteTestStore;
import org.awpt.application.contract.AuditLogContract;
import org.awpt.application.port.AuditLog;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AuditLog contract on SQLite (a temporary file for the class, emptied per test). */
class SqliteAuditLogTest extends AuditLogContract {
    @RegisterExtension
    static final SqliteTestStore STORE = SqliteTestStore.create();

    @Override
    protected AuditLog newAuditLog() {
        return STORE.fresh().auditLog();
    }
}
