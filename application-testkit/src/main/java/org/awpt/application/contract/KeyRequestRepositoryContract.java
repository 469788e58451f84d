package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Role;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.request.RequestId;
import org.awpt.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/** What every {@link KeyRequestRepository} does: the fake and every real adapter extend this suite. */
public abstract class KeyRequestRepositoryContract extends VersionedRecordContract<KeyRequest> {
    /** When the first test request was made. */
    protected static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final DiscordUserId SUPPORT = new DiscordUserId(555_555_555_555L);
    private static final Actor ADMIN = new Actor(new DiscordUserId(999_999_999_999L), Set.of(Role.ADMIN));

    /** The repository under test, new and empty for each test. */
    protected KeyRequestRepository repository;

    /** A new, empty repository. */
    protected abstract KeyRequestRepository newRepository();

    @Override
    protected void newEmptyRepository() {
        repository = newRepository();
    }

    @Override
    protected KeyRequest record(int n) {
        return pending(n, T0.plusSeconds(n));
    }

    @Override
    protected KeyRequest changed(KeyRequest request, int variant) {
        // The domain decides a request once; other changes are told apart by their reason.
        return new KeyRequest(request.id(), request.requester(), request.type(), request.keys(), "change " + variant,
                request.status(), request.requestedAt(), request.decidedBy(), request.decidedAt(),
                request.version() + 1);
    }

    @Override
    protected void insert(KeyRequest request) {
        repository.insert(request);
    }

    @Override
    protected boolean replace(KeyRequest next) {
        return repository.replace(next);
    }

    @Override
    protected Optional<KeyRequest> findSame(KeyRequest request) {
        return repository.find(request.id());
    }

    @Override
    protected long version(KeyRequest request) {
        return request.version();
    }

    @Test
    void aRequestRoundTripsWithEveryPart() {
        KeyRequest many = new KeyRequest(new RequestId("request-many"), SUPPORT, LicenseTypeCode.MONTHLY,
                TestKeys.codes(0, KeyRequest.MAX_QUANTITY), "  event giveaway ", RequestStatus.PENDING, T0, null, null,
                0);
        KeyRequest decided = pending(2, T0).deny(ADMIN, T0.plusSeconds(5));
        repository.insert(many);
        repository.insert(decided);

        assertThat(repository.find(many.id())).contains(many);
        assertThat(repository.find(many.id()).orElseThrow().keys()).containsExactlyElementsOf(TestKeys.codes(0, 100));
        assertThat(repository.find(decided.id())).contains(decided);
    }

    @Test
    void withStatusListsRequestsInThatStatusNewestFirstUpToTheLimit() {
        KeyRequest oldest = pending(1, T0);
        KeyRequest newest = pending(2, T0.plusSeconds(20));
        KeyRequest middle = pending(3, T0.plusSeconds(10));
        KeyRequest approved = pending(4, T0.plusSeconds(30)).approve(ADMIN, T0.plusSeconds(31));
        KeyRequest denied = pending(5, T0.plusSeconds(40)).deny(ADMIN, T0.plusSeconds(41));
        List.of(middle, approved, oldest, denied, newest).forEach(repository::insert);

        assertThat(repository.withStatus(RequestStatus.PENDING, 10)).containsExactly(newest, middle, oldest);
        assertThat(repository.withStatus(RequestStatus.PENDING, 2)).containsExactly(newest, middle);
        assertThat(repository.withStatus(RequestStatus.APPROVED, 10)).containsExactly(approved);
        assertThat(repository.withStatus(RequestStatus.DENIED, 10)).containsExactly(denied);
    }

    @Test
    void aDecidedRequestLeavesThePendingOnes() {
        KeyRequest request = pending(1, T0);
        repository.insert(request);

        assertThat(repository.replace(request.approve(ADMIN, T0.plusSeconds(9)))).isTrue();

        assertThat(repository.withStatus(RequestStatus.PENDING, 10)).isEmpty();
        assertThat(repository.withStatus(RequestStatus.APPROVED, 10)).extracting(KeyRequest::id)
                .containsExactly(request.id());
    }

    private static KeyRequest pending(int n, Instant at) {
        return new KeyRequest(new RequestId(String.format("request%08d", n)), SUPPORT, LicenseTypeCode.WEEKLY,
                TestKeys.codes(n * 10, 3), "reason " + n, RequestStatus.PENDING, at, null, null, 0);
    }
}
