package org.awpt.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.domain.TestData.ADMIN;
import static org.awpt.domain.TestData.BUYER;
import static org.awpt.domain.TestData.T0;
import static org.awpt.domain.TestData.admin;
import static org.awpt.domain.TestData.admin2;
import static org.awpt.domain.TestData.buyer;
import static org.awpt.domain.TestData.otherBuyer;
import static org.awpt.domain.TestData.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.TestData;
import org.awpt.domain.access.Actor;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PaymentSessionTest {
    private static final SessionId ID = new SessionId("Zq8xW3vY7tU1sR5p");
    private static final PaymentDetails DETAILS = new PaymentDetails("GCash", "TX-1", "me@example.com", "");
    private static final Proof PROOF = new Proof("proof-1", ProofFormat.PNG, 2048, T0.plusSeconds(60));
    private static final KeyCode KEY = TestData.key(1);
    private static final Instant LATER = T0.plus(Duration.ofMinutes(10));

    private static PaymentSession open() {
        return PaymentSession.open(ID, BUYER, LicenseTypeCode.WEEKLY, "gcash", DETAILS, "ticket-1", T0);
    }

    private static PaymentSession underReview() {
        return open().attachProof(buyer(), PROOF, T0.plusSeconds(60));
    }

    @Test
    void opensAwaitingProof() {
        PaymentSession session = open();
        assertThat(session.status()).isEqualTo(SessionStatus.AWAITING_PROOF);
        assertThat(session.isOpen()).isTrue();
        assertThat(session.version()).isZero();
        assertThat(session.createdAt()).isEqualTo(T0);
        assertThat(session.updatedAt()).isEqualTo(T0);
        assertThat(session.proof()).isNull();
        assertThat(session.decidedBy()).isNull();
        assertThat(session.notices()).isEmpty();
        assertThat(session.method()).isEqualTo("gcash");
        assertThat(session.ticketChannel()).isEqualTo("ticket-1");
    }

    @Test
    void itsOrderIsTheManualPaymentOfItsId() {
        assertThat(open().orderId()).isEqualTo(OrderId.forManualPayment(ID));
    }

    @Test
    void theBuyerAttachesProofAndTheSessionAwaitsReview() {
        Instant at = T0.plusSeconds(60);
        PaymentSession session = open().attachProof(buyer(), PROOF, at);
        assertThat(session.status()).isEqualTo(SessionStatus.AWAITING_REVIEW);
        assertThat(session.proof()).isEqualTo(PROOF);
        assertThat(session.updatedAt()).isEqualTo(at);
        assertThat(session.createdAt()).isEqualTo(T0);
        assertThat(session.version()).isEqualTo(1);
        assertThat(session.decidedAt()).isNull();
    }

    static Stream<Actor> notTheBuyer() {
        return Stream.of(otherBuyer(), admin(), support());
    }

    @ParameterizedTest
    @MethodSource("notTheBuyer")
    void onlyTheBuyerAttachesProof(Actor actor) {
        assertThatThrownBy(() -> open().attachProof(actor, PROOF, LATER))
                .isInstanceOfSatisfying(NotAuthorizedException.class,
                        e -> assertThat(e.action()).isEqualTo("attach proof to another buyer's payment"));
    }

    @Test
    void proofIsTakenOnce() {
        assertThatThrownBy(() -> underReview().attachProof(buyer(), PROOF, LATER))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.state()).isEqualTo("awaiting_review"));
    }

    @Test
    void proofIsRequired() {
        assertThatThrownBy(() -> open().attachProof(buyer(), null, LATER)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anAdminApprovesWithTheDeliveredKey() {
        PaymentSession approved = underReview().approve(admin(), KEY, LATER);
        assertThat(approved.status()).isEqualTo(SessionStatus.APPROVED);
        assertThat(approved.isOpen()).isFalse();
        assertThat(approved.decidedBy()).isEqualTo(ADMIN);
        assertThat(approved.decidedAt()).isEqualTo(LATER);
        assertThat(approved.updatedAt()).isEqualTo(LATER);
        assertThat(approved.deliveredKey()).isEqualTo(KEY);
        assertThat(approved.proof()).isEqualTo(PROOF);
        assertThat(approved.reason()).isNull();
        assertThat(approved.version()).isEqualTo(2);
    }

    @Test
    void approvalNamesAKey() {
        assertThatThrownBy(() -> underReview().approve(admin(), null, LATER)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void approvalWaitsForTheProof() {
        assertThatThrownBy(() -> open().approve(admin(), KEY, LATER))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.state()).isEqualTo("awaiting_proof"));
    }

    static Stream<Actor> notAnAdmin() {
        return Stream.of(buyer(), otherBuyer(), support());
    }

    @ParameterizedTest
    @MethodSource("notAnAdmin")
    void onlyAnAdminDecides(Actor actor) {
        PaymentSession session = underReview();
        assertThatThrownBy(() -> session.approve(actor, KEY, LATER))
                .isInstanceOfSatisfying(NotAuthorizedException.class,
                        e -> assertThat(e.action()).isEqualTo("approve payments"));
        assertThatThrownBy(() -> session.reject(actor, "fake", LATER))
                .isInstanceOfSatisfying(NotAuthorizedException.class,
                        e -> assertThat(e.action()).isEqualTo("reject payments"));
    }

    @Test
    void anAdminRejectsWithAStrippedReason() {
        PaymentSession rejected = underReview().reject(admin(), "  blurry screenshot ", LATER);
        assertThat(rejected.status()).isEqualTo(SessionStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("blurry screenshot");
        assertThat(rejected.decidedBy()).isEqualTo(ADMIN);
        assertThat(rejected.decidedAt()).isEqualTo(LATER);
        assertThat(rejected.deliveredKey()).isNull();
        assertThat(rejected.version()).isEqualTo(2);
    }

    @Test
    void aRejectionHasAReasonOfAtMost1000Characters() {
        PaymentSession session = underReview();
        for (String bad : new String[] {null, "", "   ", "x".repeat(1001)}) {
            assertThatThrownBy(() -> session.reject(admin(), bad, LATER))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("reason"));
        }
        assertThat(session.reject(admin(), "x".repeat(1000), LATER).reason()).hasSize(1000);
    }

    static Stream<Arguments> decided() {
        PaymentSession review = underReview();
        return Stream.of(
                Arguments.of(review.approve(admin(), KEY, LATER), SessionStatus.APPROVED, ADMIN),
                Arguments.of(review.reject(admin(), "no", LATER), SessionStatus.REJECTED, ADMIN),
                Arguments.of(review.cancel(buyer(), LATER), SessionStatus.CANCELLED, BUYER),
                Arguments.of(open().expire(LATER), SessionStatus.EXPIRED, null));
    }

    static Stream<Arguments> secondDecisions() {
        Function<PaymentSession, Object> approve = s -> s.approve(admin2(), TestData.key(2), LATER);
        Function<PaymentSession, Object> reject = s -> s.reject(admin2(), "late", LATER);
        Function<PaymentSession, Object> cancelByBuyer = s -> s.cancel(buyer(), LATER);
        Function<PaymentSession, Object> cancelByAdmin = s -> s.cancel(admin2(), LATER);
        Function<PaymentSession, Object> expire = s -> s.expire(LATER);
        Function<PaymentSession, Object> proof = s -> s.attachProof(buyer(), PROOF, LATER);
        return decided().flatMap(d -> Stream.of(approve, reject, cancelByBuyer, cancelByAdmin, expire, proof)
                .map(move -> Arguments.of(d.get()[0], d.get()[1], d.get()[2], move)));
    }

    @ParameterizedTest(name = "{1} then move {index}")
    @MethodSource("secondDecisions")
    void aDecisionIsTakenOnceAndNamesWhoTookIt(PaymentSession session, SessionStatus status, DiscordUserId by,
            Function<PaymentSession, Object> move) {
        assertThatThrownBy(() -> move.apply(session))
                .isInstanceOfSatisfying(AlreadyDecidedException.class, e -> {
                    assertThat(e.code()).isEqualTo("already_decided");
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.decidedBy()).isEqualTo(by);
                    assertThat(e.details()).containsEntry("status", status.wireName())
                            .containsEntry("by", by == null ? "" : by.asString());
                });
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"AWAITING_PROOF", "AWAITING_REVIEW"})
    void theBuyerCancelsAnOpenSession(SessionStatus from) {
        PaymentSession session = from == SessionStatus.AWAITING_PROOF ? open() : underReview();
        PaymentSession cancelled = session.cancel(buyer(), LATER);
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.decidedBy()).isEqualTo(BUYER);
        assertThat(cancelled.decidedAt()).isEqualTo(LATER);
        assertThat(cancelled.version()).isEqualTo(session.version() + 1);
    }

    @Test
    void anAdminCancelsAnotherBuyersSession() {
        PaymentSession cancelled = underReview().cancel(admin(), LATER);
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.decidedBy()).isEqualTo(ADMIN);
    }

    @Test
    void neitherAnotherBuyerNorSupportCancels() {
        for (Actor actor : List.of(otherBuyer(), support())) {
            assertThatThrownBy(() -> open().cancel(actor, LATER))
                    .isInstanceOfSatisfying(NotAuthorizedException.class,
                            e -> assertThat(e.action()).isEqualTo("cancel another buyer's payment"));
        }
    }

    @Test
    void aSessionIsAbandonedOnceItWaitedForProofMaxAge() {
        Duration maxAge = Duration.ofHours(24);
        PaymentSession session = open();
        assertThat(session.isAbandoned(maxAge, T0.plus(maxAge).minusSeconds(1))).isFalse();
        assertThat(session.isAbandoned(maxAge, T0.plus(maxAge))).isTrue();
        assertThat(session.isAbandoned(maxAge, T0.plus(Duration.ofDays(9)))).isTrue();
    }

    @Test
    void noticesPostedWhileWaitingDoNotKeepASessionAlive() {
        Duration maxAge = Duration.ofHours(24);
        PaymentSession reminded = open().withNotice(new NoticeRef("ticket-1", "reminder"), T0.plus(Duration.ofHours(23)));
        assertThat(reminded.isAbandoned(maxAge, T0.plus(maxAge))).isTrue();
    }

    @Test
    void toStringNeverShowsTheFullDeliveredKey() {
        PaymentSession approved = underReview().approve(admin(), KEY, LATER);
        assertThat(approved.toString()).doesNotContain(KEY.value()).contains(KEY.masked());
    }

    @Test
    void onlySessionsAwaitingProofAreAbandoned() {
        Duration maxAge = Duration.ofHours(24);
        Instant muchLater = T0.plus(Duration.ofDays(30));
        assertThat(underReview().isAbandoned(maxAge, muchLater)).isFalse();
        assertThat(open().cancel(buyer(), LATER).isAbandoned(maxAge, muchLater)).isFalse();
        assertThat(open().expire(LATER).isAbandoned(maxAge, muchLater)).isFalse();
    }

    @Test
    void expiryEndsASessionWithoutProof() {
        PaymentSession expired = open().expire(LATER);
        assertThat(expired.status()).isEqualTo(SessionStatus.EXPIRED);
        assertThat(expired.decidedBy()).isNull();
        assertThat(expired.decidedAt()).isEqualTo(LATER);
        assertThat(expired.reason()).isEqualTo("no proof was given in time");
        assertThat(expired.version()).isEqualTo(1);
    }

    @Test
    void aSessionUnderReviewDoesNotExpire() {
        assertThatThrownBy(() -> underReview().expire(LATER))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.state()).isEqualTo("awaiting_review"));
    }

    @Test
    void everyChangeRaisesTheVersionByOne() {
        NoticeRef ticket = new NoticeRef("c1", "m1");
        PaymentSession s0 = open();
        PaymentSession s1 = s0.withNotice(ticket, T0.plusSeconds(1));
        PaymentSession s2 = s1.attachProof(buyer(), PROOF, T0.plusSeconds(2));
        PaymentSession s3 = s2.withNotice(new NoticeRef("dm-admin", "m2"), T0.plusSeconds(3));
        PaymentSession s4 = s3.approve(admin(), KEY, T0.plusSeconds(4));
        assertThat(List.of(s0, s1, s2, s3, s4)).extracting(PaymentSession::version).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(s4.notices()).containsExactly(ticket, new NoticeRef("dm-admin", "m2"));
    }

    @Test
    void withNoticeKeepsEachPlaceOnceInOrder() {
        NoticeRef a = new NoticeRef("c1", "m1");
        NoticeRef b = new NoticeRef("c2", "m2");
        PaymentSession session = open().withNotice(a, T0).withNotice(b, T0).withNotice(new NoticeRef("c1", "m1"), LATER);
        assertThat(session.notices()).containsExactly(a, b);
        assertThat(session.updatedAt()).isEqualTo(LATER);
        assertThat(session.status()).isEqualTo(SessionStatus.AWAITING_PROOF);
    }

    @Test
    void noticesAreRecordedAlsoAfterTheDecision() {
        PaymentSession approved = underReview().approve(admin(), KEY, LATER);
        PaymentSession noted = approved.withNotice(new NoticeRef("c", "m"), LATER);
        assertThat(noted.status()).isEqualTo(SessionStatus.APPROVED);
        assertThat(noted.deliveredKey()).isEqualTo(KEY);
        assertThat(noted.decidedBy()).isEqualTo(ADMIN);
        assertThat(noted.notices()).hasSize(1);
    }

    /** Builds a session from its parts, so each invariant can be broken alone. */
    private static PaymentSession build(SessionStatus status, Proof proof, DiscordUserId decidedBy, Instant decidedAt,
            KeyCode key, long version) {
        return new PaymentSession(ID, BUYER, LicenseTypeCode.WEEKLY, "gcash", DETAILS, null, status, proof, T0, T0,
                decidedBy, decidedAt, null, key, null, version);
    }

    @Test
    void constructorChecksWhatTheStatusImplies() {
        assertThatThrownBy(() -> build(SessionStatus.AWAITING_REVIEW, null, null, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> build(SessionStatus.APPROVED, PROOF, ADMIN, T0, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> build(SessionStatus.APPROVED, PROOF, null, T0, KEY, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> build(SessionStatus.APPROVED, PROOF, ADMIN, null, KEY, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> build(SessionStatus.AWAITING_PROOF, null, null, null, null, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(build(SessionStatus.APPROVED, PROOF, ADMIN, T0, KEY, 7).notices()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"REJECTED", "CANCELLED", "EXPIRED"})
    void aFinalSessionHasADecisionTime(SessionStatus status) {
        assertThatThrownBy(() -> build(status, null, ADMIN, null, null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(build(status, null, null, T0, null, 1).isOpen()).isFalse();
    }

    @Test
    void constructorRefusesMissingParts() {
        SessionStatus st = SessionStatus.AWAITING_PROOF;
        LicenseTypeCode w = LicenseTypeCode.WEEKLY;
        List<Runnable> builds = List.of(
                () -> new PaymentSession(null, BUYER, w, "m", DETAILS, null, st, null, T0, T0, null, null, null, null, null, 0),
                () -> new PaymentSession(ID, null, w, "m", DETAILS, null, st, null, T0, T0, null, null, null, null, null, 0),
                () -> new PaymentSession(ID, BUYER, null, "m", DETAILS, null, st, null, T0, T0, null, null, null, null, null, 0),
                () -> new PaymentSession(ID, BUYER, w, null, DETAILS, null, st, null, T0, T0, null, null, null, null, null, 0),
                () -> new PaymentSession(ID, BUYER, w, "m", null, null, st, null, T0, T0, null, null, null, null, null, 0),
                () -> new PaymentSession(ID, BUYER, w, "m", DETAILS, null, null, null, T0, T0, null, null, null, null, null, 0),
                () -> new PaymentSession(ID, BUYER, w, "m", DETAILS, null, st, null, null, T0, null, null, null, null, null, 0),
                () -> new PaymentSession(ID, BUYER, w, "m", DETAILS, null, st, null, T0, null, null, null, null, null, null, 0));
        builds.forEach(b -> assertThatThrownBy(b::run).isInstanceOf(NullPointerException.class));
    }

    @Test
    void noticesAreCopied() {
        List<NoticeRef> notices = new java.util.ArrayList<>(List.of(new NoticeRef("c", "m")));
        PaymentSession session = new PaymentSession(ID, BUYER, LicenseTypeCode.WEEKLY, "m", DETAILS, null,
                SessionStatus.AWAITING_PROOF, null, T0, T0, null, null, null, null, notices, 0);
        notices.clear();
        assertThat(session.notices()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(SessionStatus.class)
    void statusWireNamesRoundTrip(SessionStatus status) {
        assertThat(SessionStatus.fromWireName(status.wireName())).isEqualTo(status);
        assertThat(status.isFinal()).isEqualTo(
                status != SessionStatus.AWAITING_PROOF && status != SessionStatus.AWAITING_REVIEW);
    }

    @Test
    void statusWireNamesAreLowerCase() {
        assertThat(SessionStatus.AWAITING_REVIEW.wireName()).isEqualTo("awaiting_review");
        assertThat(SessionStatus.APPROVED.isFinal()).isTrue();
        assertThat(SessionStatus.AWAITING_PROOF.isFinal()).isFalse();
    }
}
