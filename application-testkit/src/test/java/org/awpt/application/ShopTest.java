package org.awpt.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.domain.license.LicenseTypeCode.MONTHLY;
import static org.awpt.domain.license.LicenseTypeCode.WEEKLY;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.awpt.application.fake.InMemoryLicenseKeyRepository;
import org.awpt.application.fake.RecordingLicensedRoleGateway;
import org.awpt.application.fake.RecordingStockListener;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.inventory.ImportKeys;
import org.awpt.application.manual.AttachProof;
import org.awpt.application.manual.DecidePayment;
import org.awpt.application.manual.SubmitPayment;
import org.awpt.application.robux.VerifyRobuxPurchase;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.testkit.InMemoryShop;
import org.awpt.application.ticket.CloseTicket;
import org.awpt.application.ticket.OpenTicket;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.CoolingDownException;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.SessionStatus;
import org.junit.jupiter.api.Test;

class ShopTest {
    private static final Requester ADMIN = Requester.of(InMemoryShop.ADMIN);
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    private static byte[] keyFile(int from, int count) {
        return TestKeys.codes(from, count).stream().map(KeyCode::value).collect(Collectors.joining("\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static InMemoryShop stocked() {
        InMemoryShop fakes = InMemoryShop.create();
        fakes.shop().inventory().importKeys(new ImportKeys(ADMIN, WEEKLY, keyFile(0, 3)));
        fakes.shop().inventory().importKeys(new ImportKeys(ADMIN, MONTHLY, keyFile(3, 2)));
        return fakes;
    }

    @Test
    void everyMissingPortIsNamedInOneError() {
        ShopBuilder builder = Shop.builder(ShopSettings.defaults(new AccessPolicy(Set.of(), Set.of(), Set.of(), Set.of())))
                .licenseKeys(new InMemoryLicenseKeyRepository());

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("The shop cannot be built without these ports: paymentSessions, keyRequests, "
                        + "storefrontVisits, onceRegistry, auditLog, lockdowns, cooldowns, proofs, roblox, "
                        + "robloxCallBudget, buyerNotifier, adminNotifier, expiryReminders, salesFeed, salesLedger, "
                        + "purchaseTickets, ticketChannels, ticketArchive");
    }

    @Test
    void aRobuxPurchaseThroughTheFakeRobloxWorldDeliversOneImportedKey() {
        InMemoryShop fakes = stocked();

        var result = fakes.shop().robux().verify(new VerifyRobuxPurchase(Requester.of(BUYER), WEEKLY,
                fakes.robloxBuyerOf(WEEKLY), "ticket-1"));

        assertThat(fakes.buyers().deliveredCodes()).containsExactly(result.key().code());
        assertThat(fakes.keys().countAvailable(WEEKLY)).isEqualTo(2);
        assertThat(fakes.sales().posted()).hasSize(1);
        assertThat(fakes.shop().inventory().statistics(ADMIN).totals()).containsEntry(KeyStatus.USED, 1L)
                .containsEntry(KeyStatus.AVAILABLE, 4L);
    }

    @Test
    void aManualPaymentIsDeliveredOnlyWhenAnAdminApprovesIt() {
        InMemoryShop fakes = stocked();
        var details = new PaymentDetails("GCash", "TX-1", "buyer@example.com", "thanks");
        var session = fakes.shop().manualPayments().submit(new SubmitPayment(Requester.of(BUYER), MONTHLY, "gcash",
                details, null));
        fakes.shop().manualPayments().attachProof(new AttachProof(Requester.of(BUYER), session.id(), PNG));
        assertThat(fakes.admins().paymentsAwaitingReview()).extracting(s -> s.id()).containsExactly(session.id());
        assertThat(fakes.buyers().deliveredCodes()).isEmpty();

        assertThatThrownBy(() -> fakes.shop().manualPayments().approve(new DecidePayment(Requester.of(BUYER),
                session.id()))).isInstanceOf(NotAuthorizedException.class);
        var approval = fakes.shop().manualPayments().approve(new DecidePayment(ADMIN, session.id()));

        assertThat(approval.session().status()).isEqualTo(SessionStatus.APPROVED);
        assertThat(fakes.buyers().deliveredCodes()).containsExactly(approval.key().code());
        assertThat(fakes.keys().countAvailable(MONTHLY)).isEqualTo(1);
    }

    @Test
    void theOptionalPartsAreWiredWhenGiven() {
        RecordingStockListener stock = new RecordingStockListener();
        RecordingLicensedRoleGateway role = new RecordingLicensedRoleGateway();
        InMemoryShop fakes = InMemoryShop.create(InMemoryShop.create().shop().settings(),
                builder -> builder.stockListener(stock).licensedRole(role));
        fakes.shop().inventory().importKeys(new ImportKeys(ADMIN, WEEKLY, keyFile(0, 1)));

        fakes.shop().robux().verify(new VerifyRobuxPurchase(Requester.of(BUYER), WEEKLY,
                fakes.robloxBuyerOf(WEEKLY), null));

        assertThat(stock.changes()).isNotEmpty();
        assertThat(role.holders()).containsExactly(BUYER);
    }

    @Test
    void aRestartedShopIsNewUseCasesOverTheSameFakes() {
        InMemoryShop fakes = stocked();
        InMemoryShop restarted = fakes.restarted(builder -> builder);

        restarted.shop().robux().verify(new VerifyRobuxPurchase(Requester.of(BUYER), WEEKLY,
                restarted.robloxBuyerOf(WEEKLY), null));

        assertThat(restarted.shop()).isNotSameAs(fakes.shop());
        assertThat(restarted.shop().robux()).isNotSameAs(fakes.shop().robux());
        assertThat(fakes.keys().countAvailable(WEEKLY)).isEqualTo(2);
        assertThat(fakes.buyers().deliveredCodes()).hasSize(1);
    }

    @Test
    void aBuyerOpeningTicketsOverAndOverWaitsUntilAKeyReachesThem() {
        InMemoryShop fakes = stocked();
        for (int i = 0; i < 3; i++) {
            var ticket = fakes.shop().tickets().open(new OpenTicket(Requester.of(BUYER), "900")).ticket();
            fakes.shop().tickets().close(new CloseTicket(Requester.of(BUYER), ticket.channelId()));
        }
        assertThatThrownBy(() -> fakes.shop().tickets().open(new OpenTicket(Requester.of(BUYER), "900")))
                .isInstanceOf(CoolingDownException.class);

        fakes.shop().robux().verify(new VerifyRobuxPurchase(Requester.of(BUYER), WEEKLY,
                fakes.robloxBuyerOf(WEEKLY), null));

        assertThat(fakes.shop().tickets().open(new OpenTicket(Requester.of(BUYER), "900")).opened()).isTrue();
        assertThat(fakes.ticketChannels().opened()).hasSize(4);
    }
}
