package org.awpt.application.audit;

import java.util.List;
import java.util.Objects;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.AuditQuery;
import org.awpt.application.shared.Authorization;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditEvent;

/** Reads the {@link AuditLog} for admins. */
public final class AuditService implements AuditUseCase {
    private final AuditLog log;
    private final Authorization authorization;

    /** A service over this log. */
    public AuditService(AuditLog log, Authorization authorization) {
        this.log = Objects.requireNonNull(log, "log");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
    }

    @Override
    public List<AuditEvent> recent(Requester admin, AuditQuery query) {
        authorization.requireAdmin(admin, "read the audit log");
        return log.recent(Objects.requireNonNull(query, "query"));
    }
}
