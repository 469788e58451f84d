package org.awpt.application.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awpt.application.fake.InMemoryAuditLog;
import org.awpt.application.fake.InMemoryPaymentSessionRepository;
import org.awpt.application.fake.InMemoryProofStore;
import org.awpt.application.fake.InMemoryStorefrontVisitRepository;
import org.awpt.application.fake.MutableClock;
import org.awpt.application.port.AuditQuery;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Role;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.Proof;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.storefront.StorefrontVisit;
import org.junit.jupiter.api.Test;

/** The retention round on the fakes, with the clock moved by hand: each kind goes at its own age, keys never. */
class RetentionServiceTest {
    private static final DiscordUserId BUYER = new DiscordUserId(111_111_111_111L);
    private static final Actor ADMIN = new Actor(new DiscordUserId(999_999_999_999L), Set.of(Role.ADMIN));
    private static final KeyCode KEY = new KeyCode("ABCDEFGHIJKLMNOPabcdefghijklmnop");
    private static final Duration DAY = Duration.ofDays(1);

    private final MutableClock clock = new MutableClock();
    private final InMemoryProofStore proofs = new InMemoryProofStore(clock);
    private final InMemoryPaymentSessionRepository sessions = new InMemoryPaymentSessionRepository();
    private final InMemoryStorefrontVisitRepository visits = new InMemoryStorefrontVisitRepository();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final RetentionService retention = new RetentionService(RetentionPolicy.defaults(), proofs, sessions,
            visits, audit, clock);
    private int nextSession;

    /** A session given a proof now and decided {@code decidedAfter} later (approved), or left under review. */
    private PaymentSession sessionWithProof(Duration decidedAfter) {
        SessionId id = new SessionId(String.format("session%012d", ++nextSession));
        Instant now = clock.instant();
        String stored = proofs.store(id, ProofFormat.PNG, new byte[] {1, 2, 3});
        PaymentSession session = PaymentSession.open(id, BUYER, LicenseTypeCode.WEEKLY, "gcash",
                new PaymentDetails("GCash", null, "buyer@example.com", null), null, now)
                .attachProof(Actor.buyer(BUYER), new Proof(stored, ProofFormat.PNG, 3, now), now);
        if (decidedAfter != null) {
            session = session.approve(ADMIN, KEY, now.plus(decidedAfter));
        }
        sessions.insert(session);
        return session;
    }

    private String proofOf(PaymentSession session) {
        return session.proof().storageId();
    }

    @Test
    void aProofGoesNinetyDaysAfterItsPaymentWasDecidedAndAnOpenPaymentKeepsIt() {
        PaymentSession decidedAtOnce = sessionWithProof(Duration.ZERO);
        PaymentSession decidedAMonthLater = sessionWithProof(Duration.ofDays(30));
        PaymentSession stillUnderReview = sessionWithProof(null);
        String orphan = proofs.store(new SessionId("session-gone-000001"), ProofFormat.JPEG, new byte[] {9});

        clock.advance(Duration.ofDays(90).plusSeconds(1));
        RetentionReport report = retention.purge();

        assertThat(report.proofs()).isEqualTo(2);
        assertThat(proofs.load(proofOf(decidedAtOnce))).isEmpty();
        assertThat(proofs.load(orphan)).as("its session is gone").isEmpty();
        assertThat(proofs.load(proofOf(decidedAMonthLater))).as("decided 60 days ago").isPresent();
        assertThat(proofs.load(proofOf(stillUnderReview))).isPresent();
        assertThat(sessions.find(decidedAtOnce.id())).as("the session stays until 180 days").isPresent();

        clock.advance(Duration.ofDays(30));
        assertThat(retention.purge().proofs()).isEqualTo(1);
        assertThat(proofs.load(proofOf(decidedAMonthLater))).isEmpty();
        assertThat(proofs.load(proofOf(stillUnderReview))).as("an open payment keeps its proof").isPresent();
    }

    @Test
    void aPurgePagesThroughEveryOldProofPastTheOnesItMustKeep() {
        List<PaymentSession> kept = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            kept.add(sessionWithProof(null));
        }
        for (int i = 0; i < RetentionService.PROOF_PAGE + 50; i++) {
            sessionWithProof(Duration.ZERO);
        }

        clock.advance(Duration.ofDays(91));

        assertThat(retention.purge().proofs()).isEqualTo(RetentionService.PROOF_PAGE + 50);
        assertThat(proofs.size()).isEqualTo(3);
        kept.forEach(session -> assertThat(proofs.load(proofOf(session))).isPresent());
    }

    @Test
    void settledSessionsGoAfterOneHundredEightyDaysOpenOnesNever() {
        PaymentSession settled = sessionWithProof(Duration.ZERO);
        PaymentSession open = sessionWithProof(null);

        clock.advance(Duration.ofDays(180).minusSeconds(1));
        assertThat(retention.purge().sessions()).isZero();
        clock.advance(Duration.ofSeconds(2));
        RetentionReport report = retention.purge();

        assertThat(report.sessions()).isEqualTo(1);
        assertThat(sessions.find(settled.id())).isEmpty();
        assertThat(sessions.find(open.id())).isPresent();
        assertThat(proofs.load(proofOf(open))).isPresent();
    }

    @Test
    void storefrontVisitsGoAfterOneHundredEightyDaysAndAuditEventsAfterTwoYears() {
        Instant start = clock.instant();
        visits.insert(new StorefrontVisit("visit-1", BUYER, LicenseTypeCode.WEEKLY, "paypal", "https://s.example/w",
                start, null, 0));
        audit.append(new AuditEvent("event-1", start, null, AuditAction.PAYMENT_EXPIRED, "s1", Map.of()));
        audit.append(new AuditEvent("event-2", start.plus(Duration.ofDays(200)), null, AuditAction.PAYMENT_EXPIRED,
                "s2", Map.of()));

        clock.advance(Duration.ofDays(181));
        RetentionReport halfAYear = retention.purge();
        assertThat(halfAYear.storefrontVisits()).isEqualTo(1);
        assertThat(halfAYear.auditEvents()).isZero();
        assertThat(visits.find("visit-1")).isEmpty();

        clock.set(start.plus(Duration.ofDays(730)).plusSeconds(1));
        assertThat(retention.purge().auditEvents()).isEqualTo(1);
        assertThat(audit.recent(new AuditQuery(java.util.Optional.empty(), java.util.Optional.empty(), 10)))
                .extracting(AuditEvent::id).containsExactly("event-2");
    }

    @Test
    void aRoundWithNothingOldEnoughDeletesNothing() {
        sessionWithProof(Duration.ZERO);

        assertThat(retention.purge()).isEqualTo(new RetentionReport(0, 0, 0, 0));
        assertThat(retention.purge().total()).isZero();
    }

    @Test
    void aPolicyKeepsEverythingADayAtLeastAndSessionsAsLongAsTheirProofs() {
        assertThat(RetentionPolicy.defaults()).isEqualTo(new RetentionPolicy(Duration.ofDays(90), Duration.ofDays(180),
                Duration.ofDays(180), Duration.ofDays(730)));
        assertThatThrownBy(() -> new RetentionPolicy(Duration.ofHours(23), DAY.multipliedBy(180), DAY, DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(DAY.multipliedBy(90), DAY.multipliedBy(30), DAY, DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(DAY, DAY, DAY, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
