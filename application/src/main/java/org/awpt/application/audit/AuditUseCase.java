package org.awpt.application.audit;

import java.util.List;
import org.awpt.application.port.AuditQuery;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditEvent;

/** The audit trail, for admins. */
public interface AuditUseCase {

    /**
     * The newest events matching the query, newest first.
     *
     * @throws org.awpt.domain.NotAuthorizedException unless an admin asks
     */
    List<AuditEvent> recent(Requester admin, AuditQuery query);
}
