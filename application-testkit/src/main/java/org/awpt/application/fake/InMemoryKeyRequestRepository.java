package org.awpt.application.fake;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.awpt.application.port.CopyOutcome;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.RecordScan;
import org.awpt.application.port.StoredRecords;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;

/** Support key requests in memory; thread-safe, compare-and-set on the version. */
public final class InMemoryKeyRequestRepository implements KeyRequestRepository, StoredRecords<KeyRequest> {
    private static final Comparator<KeyRequest> NEWEST_FIRST =
            Comparator.comparing(KeyRequest::requestedAt).thenComparing(r -> r.id().value()).reversed();

    private final VersionedRecords<RequestId, KeyRequest> requests =
            new VersionedRecords<>("key request", KeyRequest::id, KeyRequest::version);

    @Override
    public void insert(KeyRequest request) {
        requests.insert(request);
    }

    @Override
    public boolean replace(KeyRequest next) {
        return requests.replace(next);
    }

    @Override
    public Optional<KeyRequest> find(RequestId id) {
        return requests.find(id);
    }

    @Override
    public List<KeyRequest> withStatus(RequestStatus status, int limit) {
        Objects.requireNonNull(status, "status");
        return requests.select(r -> r.status() == status, NEWEST_FIRST, limit);
    }

    @Override
    public RecordScan exportAll(Consumer<? super KeyRequest> sink) {
        return requests.exportAll(sink, Comparator.comparing(r -> r.id().value()));
    }

    @Override
    public CopyOutcome importPreserving(List<? extends KeyRequest> records) {
        return requests.importPreserving(records);
    }
}
