package org.awpt.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.awpt.application.contract.Race;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.port.KeyFilter;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Role;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.Proof;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;
import org.awpt.domain.payment.SessionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Approving a manual payment touches two documents (the key, then the session) without a
 * transaction: the order id ties them, so a crash in between or two admins at once never cost a
 * second key.
 */
class ApprovalCrashTest {
    @RegisterExtension
    static final MongoTestServer MONGO = MongoTestServer.memory();

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final DiscordUserId BUYER = new DiscordUserId(111);
    private static final Actor ADMIN = new Actor(new DiscordUserId(999), Set.of(Role.ADMIN));
    private static final Actor OTHER_ADMIN = new Actor(new DiscordUserId(998), Set.of(Role.ADMIN));

    @Test
    void aCrashBetweenClaimAndSessionUpdateIsCompletedByARetryWithTheSameKey() {
        MongoPersistence before = MONGO.freshPersistence();
        before.licenseKeys().insertAll(TestKeys.inStock(0, 5, LicenseType.weekly().code(), T0));
        PaymentSession session = sessionAwaitingReview(before);
        LicenseKey claimed = before.licenseKeys().claim(orderOf(session), T0.plusSeconds(60)).orElseThrow();
        // The process dies here: the key is claimed for the order, the session still awaits review.

        PaymentSession stored = before.paymentSessions().find(session.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(SessionStatus.AWAITING_REVIEW);
        boolean approved = approve(before, stored, ADMIN, T0.plusSeconds(600));

        assertThat(approved).isTrue();
        PaymentSession done = before.paymentSessions().find(session.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(SessionStatus.APPROVED);
        assertThat(done.deliveredKey()).isEqualTo(claimed.code());
        assertThat(before.licenseKeys().count(KeyFilter.of(null, KeyStatus.USED))).isEqualTo(1);
        assertThat(before.licenseKeys().findByOrder(session.orderId())).contains(claimed);
    }

    @Test
    void twoAdminsApprovingOneSessionAtOnceDeliverOneKey() throws Exception {
        MongoPersistence persistence = MONGO.freshPersistence();
        persistence.licenseKeys().insertAll(TestKeys.inStock(0, 5, LicenseType.weekly().code(), T0));
        PaymentSession session = sessionAwaitingReview(persistence);
        List<Callable<Boolean>> admins = List.of(
                () -> approve(persistence, session, ADMIN, T0.plusSeconds(60)),
                () -> approve(persistence, session, OTHER_ADMIN, T0.plusSeconds(61)));

        List<Boolean> outcomes = Race.all(admins);

        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        assertThat(persistence.licenseKeys().count(KeyFilter.of(null, KeyStatus.USED))).isEqualTo(1);
        assertThat(persistence.licenseKeys().countAvailable(LicenseType.weekly().code())).isEqualTo(4);
        PaymentSession done = persistence.paymentSessions().find(session.id()).orElseThrow();
        assertThat(done.deliveredKey())
                .isEqualTo(persistence.licenseKeys().findByOrder(session.orderId()).orElseThrow().code());
    }

    /** What the approval use case does: the key first (idempotent per order), then the session by compare-and-set. */
    private static boolean approve(MongoPersistence persistence, PaymentSession session, Actor admin, Instant now) {
        LicenseKey key = persistence.licenseKeys().claim(orderOf(session), now).orElseThrow();
        return persistence.paymentSessions().replace(session.approve(admin, key.code(), now));
    }

    private static ClaimOrder orderOf(PaymentSession session) {
        return new ClaimOrder(session.orderId(), LicenseType.weekly(), session.buyer(), null, session.ticketChannel());
    }

    private static PaymentSession sessionAwaitingReview(MongoPersistence persistence) {
        PaymentSession opened = PaymentSession.open(new SessionId("session-0000000001"), BUYER,
                LicenseType.weekly().code(), "gcash", new PaymentDetails("GCash", "tx-1", "buyer@example.com", ""),
                "4711", T0);
        persistence.paymentSessions().insert(opened);
        PaymentSession withProof = opened.attachProof(Actor.buyer(BUYER),
                new Proof("proof-1", ProofFormat.PNG, 1_024, T0.plusSeconds(30)), T0.plusSeconds(30));
        assertThat(persistence.paymentSessions().replace(withProof)).isTrue();
        return withProof;
    }
}
