package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.awpt.application.port.StorefrontVisitRepository;
import org.awpt.domain.storefront.StorefrontVisit;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;

/** What every {@link StorefrontVisitRepository} does: the fake and every real adapter extend this suite. */
public abstract class StorefrontVisitRepositoryContract extends VersionedRecordContract<StorefrontVisit> {
    /** When the first test visit was opened. */
    protected static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final DiscordUserId BUYER = new DiscordUserId(111_111_111_111L);
    private static final DiscordUserId OTHER_BUYER = new DiscordUserId(222_222_222_222L);

    /** The repository under test, new and empty for each test. */
    protected StorefrontVisitRepository repository;

    /** A new, empty repository. */
    protected abstract StorefrontVisitRepository newRepository();

    @Override
    protected void newEmptyRepository() {
        repository = newRepository();
    }

    @Override
    protected StorefrontVisit record(int n) {
        return visit(n, BUYER, T0.plusSeconds(n));
    }

    @Override
    protected StorefrontVisit changed(StorefrontVisit visit, int variant) {
        // A visit changes once (cancelled); later versions keep the parts and move the version on.
        if (visit.isOpen()) {
            return visit.cancel(visit.openedAt().plusSeconds(60 + variant));
        }
        return new StorefrontVisit(visit.id(), visit.buyer(), visit.type(), visit.method(),
                visit.link() + "?v=" + variant, visit.openedAt(), visit.cancelledAt(), visit.version() + 1);
    }

    @Override
    protected void insert(StorefrontVisit visit) {
        repository.insert(visit);
    }

    @Override
    protected boolean replace(StorefrontVisit next) {
        return repository.replace(next);
    }

    @Override
    protected Optional<StorefrontVisit> findSame(StorefrontVisit visit) {
        return repository.find(visit.id());
    }

    @Override
    protected long version(StorefrontVisit visit) {
        return visit.version();
    }

    @Test
    void aCancelledVisitRoundTrips() {
        StorefrontVisit cancelled = visit(1, OTHER_BUYER, T0).cancel(T0.plusSeconds(90));
        repository.insert(cancelled);

        assertThat(repository.find(cancelled.id())).contains(cancelled);
        assertThat(repository.find("no-such-visit")).isEmpty();
    }

    @Test
    void openVisitsOfABuyerAreTheirUncancelledVisitsNewestFirst() {
        StorefrontVisit oldest = visit(1, BUYER, T0);
        StorefrontVisit newest = visit(2, BUYER, T0.plusSeconds(20));
        StorefrontVisit middle = visit(3, BUYER, T0.plusSeconds(10));
        StorefrontVisit cancelled = visit(4, BUYER, T0.plusSeconds(30)).cancel(T0.plusSeconds(31));
        StorefrontVisit others = visit(5, OTHER_BUYER, T0.plusSeconds(40));
        List.of(middle, cancelled, others, oldest, newest).forEach(repository::insert);

        assertThat(repository.openVisitsOf(BUYER)).containsExactly(newest, middle, oldest);
        assertThat(repository.openVisitsOf(OTHER_BUYER)).containsExactly(others);
        assertThat(repository.openVisitsOf(new DiscordUserId(5))).isEmpty();
    }

    @Test
    void visitsOpenedBeforeTheCutoffAreDeletedOpenOrCancelled() {
        StorefrontVisit oldOpen = visit(1, BUYER, T0);
        StorefrontVisit oldCancelled = visit(2, BUYER, T0.plusSeconds(10)).cancel(T0.plusSeconds(500));
        StorefrontVisit atTheCutoff = visit(3, BUYER, T0.plusSeconds(20));
        StorefrontVisit later = visit(4, OTHER_BUYER, T0.plusSeconds(30));
        List.of(later, oldOpen, atTheCutoff, oldCancelled).forEach(repository::insert);

        assertThat(repository.deleteOpenedBefore(T0.plusSeconds(20))).isEqualTo(2);

        assertThat(repository.find(oldOpen.id())).isEmpty();
        assertThat(repository.find(oldCancelled.id())).isEmpty();
        assertThat(repository.openVisitsOf(BUYER)).containsExactly(atTheCutoff);
        assertThat(repository.find(later.id())).contains(later);
        assertThat(repository.deleteOpenedBefore(T0.plusSeconds(20))).isZero();
    }

    @Test
    void aCancelledVisitLeavesTheOpenOnes() {
        StorefrontVisit visit = visit(1, BUYER, T0);
        repository.insert(visit);

        assertThat(repository.replace(visit.cancel(T0.plusSeconds(5)))).isTrue();

        assertThat(repository.openVisitsOf(BUYER)).isEmpty();
    }

    private static StorefrontVisit visit(int n, DiscordUserId buyer, Instant at) {
        LicenseTypeCode type = n % 2 == 0 ? LicenseTypeCode.MONTHLY : LicenseTypeCode.WEEKLY;
        return new StorefrontVisit(String.format("visit%017d", n), buyer, type, "paypal",
                "https://shop.example.com/" + type.value(), at, null, 0);
    }
}
