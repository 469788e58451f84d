package org.awpt.application.port;

import java.util.List;
import java.util.Optional;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;

/** Support key requests. Changes are compare-and-set on the version. */
public interface KeyRequestRepository {

    /** Stores a new request; refuses with {@link IllegalStateException} if its id is taken. */
    void insert(KeyRequest request);

    /** Replaces the stored request if it is still at {@code next.version() - 1}; whether it was. */
    boolean replace(KeyRequest next);

    /** The request with this id. */
    Optional<KeyRequest> find(RequestId id);

    /** Requests in a status, newest first. */
    List<KeyRequest> withStatus(RequestStatus status, int limit);
}
