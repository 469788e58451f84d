package org.awpt.application.manual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.application.purchase.BuyerShop.ADMIN;
import static org.awpt.application.purchase.BuyerShop.BUYER;
import static org.awpt.application.purchase.BuyerShop.PNG;
import static org.awpt.application.purchase.BuyerShop.as;
import static org.awpt.domain.license.LicenseTypeCode.WEEKLY;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.contract.Race;
import org.awpt.application.purchase.BuyerShop;
import org.awpt.application.shared.ShopLimits;
import org.awpt.domain.ShopException;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.payment.SessionStatus;
import org.junit.jupiter.api.Test;

/** Issue 19, item 1: open manual payments, approvals against the one-active-license rule, proof bytes. */
class ManualPaymentLimitsTest {
    private static final PaymentDetails DETAILS = new PaymentDetails("GCash", "TX-1", "buyer@example.com", "thanks");
    private static final LicenseTypeCode MONTHLY = new LicenseTypeCode("monthly");

    private final BuyerShop shop = new BuyerShop().stock(WEEKLY, 10).stock(MONTHLY, 10);

    private PaymentSession submit(BuyerShop in, LicenseTypeCode type, String ticket) {
        return in.manual.submit(new SubmitPayment(as(BUYER), type, "gcash", DETAILS, ticket));
    }

    private PaymentSession proven(BuyerShop in, LicenseTypeCode type) {
        PaymentSession session = submit(in, type, "ticket-1");
        return in.manual.attachProof(new AttachProof(as(BUYER), session.id(), PNG));
    }

    @Test
    void aSecondOpenPaymentOfTheSameTypeIsRefusedNamingTheFirstAndWhereItIs() {
        PaymentSession first = submit(shop, WEEKLY, "ticket-1");

        assertThatThrownBy(() -> submit(shop, WEEKLY, "ticket-2"))
                .isInstanceOfSatisfying(OpenPaymentExistsException.class, refused -> assertThat(refused.details())
                        .containsEntry("session", first.id().value()).containsEntry("status", "awaiting_proof")
                        .containsEntry("channel", "ticket-1").containsEntry("type", "weekly"));
        assertThat(shop.sessions.openSessionsOf(BUYER)).containsExactly(first);

        assertThat(submit(shop, MONTHLY, "ticket-2").type()).isEqualTo(MONTHLY);
        shop.manual.cancel(new CancelPayment(as(BUYER), first.id()));
        assertThat(submit(shop, WEEKLY, "ticket-2").status()).isEqualTo(SessionStatus.AWAITING_PROOF);
    }

    @Test
    void submitsRacingForTheSameTypeLeaveExactlyOneOpen() throws Exception {
        List<Callable<Object>> racers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String ticket = "ticket-" + i;
            racers.add(() -> {
                try {
                    return submit(shop, WEEKLY, ticket);
                } catch (OpenPaymentExistsException refused) {
                    return refused;
                }
            });
        }

        List<Object> outcomes = Race.all(racers);

        assertThat(shop.sessions.openSessionsOf(BUYER)).hasSize(1);
        assertThat(outcomes).filteredOn(OpenPaymentExistsException.class::isInstance).hasSize(15);
    }

    @Test
    void approvingABuyerWhoGotALicenseMeanwhileNeedsTheAdminsExplicitChoice() {
        // Monthly and weekly paid at once: the monthly is approved first.
        PaymentSession weekly = proven(shop, WEEKLY);
        PaymentSession monthly = proven(shop, MONTHLY);
        shop.manual.approve(new DecidePayment(as(ADMIN), monthly.id()));

        assertThatThrownBy(() -> shop.manual.approve(new DecidePayment(as(ADMIN), weekly.id())))
                .isInstanceOfSatisfying(ApprovalBreaksOneLicenseException.class, refused -> assertThat(
                        ((ShopException) refused).details()).containsEntry("buyer", BUYER.asString()));
        assertThat(shop.sessions.find(weekly.id()).orElseThrow().status()).isEqualTo(SessionStatus.AWAITING_REVIEW);
        assertThat(shop.keys.countAvailable(WEEKLY)).isEqualTo(10);

        Approval gift = shop.manual.approve(new DecidePayment(as(ADMIN), weekly.id(), true));

        assertThat(gift.session().status()).isEqualTo(SessionStatus.APPROVED);
        assertThat(shop.keys.heldBy(BUYER)).hasSize(2);
        assertThat(shop.audit.ofAction(AuditAction.PAYMENT_APPROVED)).filteredOn(e -> e.subject()
                .equals(weekly.id().value())).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("override", "one_active_license"));
    }

    @Test
    void aBuyersProofBytesOfTheLast24HoursAreCapped() {
        byte[] proof = Arrays.copyOf(PNG, 1_000);
        BuyerShop capped = new BuyerShop(ExampleShop.settings(BuyerShop.ACCESS)
                .withLimits(ShopLimits.defaults().withManualPayments(1, 2_500))).stock(WEEKLY, 10).stock(MONTHLY, 10);
        PaymentSession first = submit(capped, WEEKLY, "t");
        capped.manual.attachProof(new AttachProof(as(BUYER), first.id(), proof));
        PaymentSession second = submit(capped, MONTHLY, "t");
        capped.manual.attachProof(new AttachProof(as(BUYER), second.id(), proof));
        capped.manual.reject(new RejectPayment(as(ADMIN), first.id(), "unreadable"));
        capped.clock.advance(Duration.ofMinutes(1));
        PaymentSession third = submit(capped, WEEKLY, "t");

        assertThatThrownBy(() -> capped.manual.attachProof(new AttachProof(as(BUYER), third.id(), proof)))
                .isInstanceOfSatisfying(ProofQuotaExceededException.class, refused -> assertThat(refused.details())
                        .containsEntry("uploaded", 2_000L).containsEntry("max", 2_500L));
        assertThat(capped.proofs.size()).isEqualTo(2);

        capped.clock.advance(Duration.ofHours(24));
        assertThat(capped.manual.attachProof(new AttachProof(as(BUYER), third.id(), proof)).status())
                .isEqualTo(SessionStatus.AWAITING_REVIEW);
    }
}
