package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Role;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.Proof;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;
import org.junit.jupiter.api.Test;

/** What every {@link PaymentSessionRepository} does: the fake and every real adapter extend this suite. */
public abstract class PaymentSessionRepositoryContract extends VersionedRecordContract<PaymentSession> {
    /** When the first test session was opened. */
    protected static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final DiscordUserId BUYER = new DiscordUserId(111_111_111_111L);
    private static final DiscordUserId OTHER_BUYER = new DiscordUserId(222_222_222_222L);
    private static final Actor ADMIN = new Actor(new DiscordUserId(999_999_999_999L), Set.of(Role.ADMIN));
    private static final KeyCode KEY = new KeyCode("ABCDEFGHIJKLMNOPabcdefghijklmnop");

    /** The repository under test, new and empty for each test. */
    protected PaymentSessionRepository repository;

    /** A new, empty repository. */
    protected abstract PaymentSessionRepository newRepository();

    @Override
    protected void newEmptyRepository() {
        repository = newRepository();
    }

    @Override
    protected PaymentSession record(int n) {
        return open(n, BUYER, T0.plusSeconds(n));
    }

    @Override
    protected PaymentSession changed(PaymentSession session, int variant) {
        return session.withNotice(new NoticeRef("channel-" + variant, "message-" + variant),
                session.updatedAt().plusSeconds(1));
    }

    @Override
    protected void insert(PaymentSession session) {
        repository.insert(session);
    }

    @Override
    protected boolean replace(PaymentSession next) {
        return repository.replace(next);
    }

    @Override
    protected Optional<PaymentSession> findSame(PaymentSession session) {
        return repository.find(session.id());
    }

    @Override
    protected long version(PaymentSession session) {
        return session.version();
    }

    @Test
    void aSessionRoundTripsWithEveryPart() {
        PaymentSession session = open(1, BUYER, T0)
                .withNotice(new NoticeRef("100", "200"), T0.plusSeconds(1))
                .withNotice(new NoticeRef("101", "201"), T0.plusSeconds(2))
                .attachProof(Actor.buyer(BUYER), proof(T0.plusSeconds(3)), T0.plusSeconds(3))
                .approve(ADMIN, KEY, T0.plusSeconds(4));
        PaymentSession rejected = awaitingReview(2, BUYER, T0).reject(ADMIN, "  blurry screenshot ", T0.plusSeconds(5));
        PaymentSession bare = PaymentSession.open(id(3), OTHER_BUYER, LicenseTypeCode.MONTHLY, "gift_card",
                new PaymentDetails("Gift card", null, "buyer@example.com", null), null, T0);
        repository.insert(session);
        repository.insert(rejected);
        repository.insert(bare);

        assertThat(repository.find(session.id())).contains(session);
        assertThat(repository.find(rejected.id())).contains(rejected);
        assertThat(repository.find(bare.id())).contains(bare);
    }

    @Test
    void settledSessionsDecidedBeforeTheCutoffAreDeletedWithTheirNoticesAndOpenOnesNever() {
        Instant cutoff = T0.plus(Duration.ofDays(10));
        PaymentSession approvedLongAgo = awaitingReview(1, BUYER, T0).withNotice(new NoticeRef("100", "200"),
                T0.plusSeconds(1)).approve(ADMIN, KEY, T0.plusSeconds(2));
        PaymentSession rejectedLongAgo = awaitingReview(2, BUYER, T0).reject(ADMIN, "no", T0.plusSeconds(3));
        PaymentSession cancelledLongAgo = open(3, BUYER, T0).cancel(Actor.buyer(BUYER), T0.plusSeconds(4));
        PaymentSession expiredLongAgo = open(4, BUYER, T0).expire(T0.plus(Duration.ofDays(2)));
        PaymentSession decidedAtTheCutoff = awaitingReview(5, BUYER, T0).reject(ADMIN, "no", cutoff);
        PaymentSession decidedLater = awaitingReview(6, BUYER, T0).approve(ADMIN, KEY, cutoff.plusSeconds(1));
        PaymentSession stillOpen = open(7, OTHER_BUYER, T0);
        PaymentSession stillUnderReview = awaitingReview(8, OTHER_BUYER, T0);
        List.of(approvedLongAgo, rejectedLongAgo, cancelledLongAgo, expiredLongAgo, decidedAtTheCutoff, decidedLater,
                stillOpen, stillUnderReview).forEach(repository::insert);

        assertThat(repository.deleteSettledBefore(cutoff)).isEqualTo(4);

        for (PaymentSession gone : List.of(approvedLongAgo, rejectedLongAgo, cancelledLongAgo, expiredLongAgo)) {
            assertThat(repository.find(gone.id())).as(gone.status().toString()).isEmpty();
        }
        for (PaymentSession kept : List.of(decidedAtTheCutoff, decidedLater, stillOpen, stillUnderReview)) {
            assertThat(repository.find(kept.id())).contains(kept);
        }
        assertThat(repository.deleteSettledBefore(cutoff)).as("a second purge finds nothing").isZero();
        assertThat(repository.openSessionsOf(OTHER_BUYER)).containsExactlyInAnyOrder(stillOpen, stillUnderReview);
    }

    @Test
    void openSessionsOfABuyerAreTheirUnfinishedSessionsNewestFirst() {
        PaymentSession oldest = open(1, BUYER, T0);
        PaymentSession underReview = awaitingReview(2, BUYER, T0.plusSeconds(10));
        PaymentSession newest = open(3, BUYER, T0.plusSeconds(20));
        PaymentSession cancelled = open(4, BUYER, T0.plusSeconds(30)).cancel(Actor.buyer(BUYER), T0.plusSeconds(31));
        PaymentSession expired = open(5, BUYER, T0.plusSeconds(40)).expire(T0.plus(Duration.ofDays(2)));
        PaymentSession rejected = awaitingReview(6, BUYER, T0.plusSeconds(50)).reject(ADMIN, "no", T0.plusSeconds(51));
        PaymentSession others = open(7, OTHER_BUYER, T0.plusSeconds(60));
        List.of(underReview, cancelled, oldest, others, expired, newest, rejected).forEach(repository::insert);

        assertThat(repository.openSessionsOf(BUYER)).containsExactly(newest, underReview, oldest);
        assertThat(repository.openSessionsOf(OTHER_BUYER)).containsExactly(others);
        assertThat(repository.openSessionsOf(new DiscordUserId(5))).isEmpty();
    }

    @Test
    void aSessionLeavesTheOpenOnesWhenItIsDecided() {
        PaymentSession session = awaitingReview(1, BUYER, T0);
        repository.insert(session);

        assertThat(repository.replace(session.approve(ADMIN, KEY, T0.plusSeconds(60)))).isTrue();

        assertThat(repository.openSessionsOf(BUYER)).isEmpty();
        assertThat(repository.withStatus(SessionStatus.APPROVED, 10)).extracting(PaymentSession::id)
                .containsExactly(session.id());
        assertThat(repository.withStatus(SessionStatus.AWAITING_REVIEW, 10)).isEmpty();
    }

    @Test
    void withStatusListsSessionsInThatStatusOldestFirstUpToTheLimit() {
        PaymentSession second = awaitingReview(1, BUYER, T0.plusSeconds(20));
        PaymentSession first = awaitingReview(2, OTHER_BUYER, T0.plusSeconds(10));
        PaymentSession third = awaitingReview(3, BUYER, T0.plusSeconds(30));
        PaymentSession waiting = open(4, BUYER, T0);
        List.of(third, waiting, second, first).forEach(repository::insert);

        assertThat(repository.withStatus(SessionStatus.AWAITING_REVIEW, 10)).containsExactly(first, second, third);
        assertThat(repository.withStatus(SessionStatus.AWAITING_REVIEW, 2)).containsExactly(first, second);
        assertThat(repository.withStatus(SessionStatus.AWAITING_PROOF, 10)).containsExactly(waiting);
        assertThat(repository.withStatus(SessionStatus.EXPIRED, 10)).isEmpty();
    }

    @Test
    void awaitingProofSinceListsSessionsWaitingForProofUnchangedSinceTheTimeOldestChangeFirst() {
        PaymentSession old = open(1, BUYER, T0.plusSeconds(100));
        PaymentSession older = open(2, OTHER_BUYER, T0);
        PaymentSession touched = open(3, BUYER, T0.plusSeconds(50))
                .withNotice(new NoticeRef("1", "2"), T0.plusSeconds(300));
        PaymentSession atTheBound = open(4, BUYER, T0.plusSeconds(200));
        PaymentSession underReview = awaitingReview(5, BUYER, T0);
        PaymentSession cancelled = open(6, BUYER, T0).cancel(Actor.buyer(BUYER), T0.plusSeconds(1));
        List.of(old, touched, underReview, atTheBound, cancelled, older).forEach(repository::insert);

        assertThat(repository.awaitingProofSince(T0.plusSeconds(200), 10)).containsExactly(older, old, atTheBound);
        assertThat(repository.awaitingProofSince(T0.plusSeconds(200), 1)).containsExactly(older);
        assertThat(repository.awaitingProofSince(T0.plusSeconds(300), 10)).containsExactly(older, old, atTheBound,
                touched);
        assertThat(repository.awaitingProofSince(T0.minusSeconds(1), 10)).isEmpty();
    }

    private static PaymentSession open(int n, DiscordUserId buyer, Instant at) {
        return PaymentSession.open(id(n), buyer, LicenseTypeCode.WEEKLY, "gcash",
                new PaymentDetails("GCash", "TX-" + n, "+63 900 000 " + n, "note " + n), "ticket-" + n, at);
    }

    private static PaymentSession awaitingReview(int n, DiscordUserId buyer, Instant at) {
        return open(n, buyer, at).attachProof(Actor.buyer(buyer), proof(at), at);
    }

    private static Proof proof(Instant at) {
        return new Proof("proof-storage-1", ProofFormat.PNG, 12_345, at);
    }

    private static SessionId id(int n) {
        return new SessionId(String.format("session%015d", n));
    }
}
