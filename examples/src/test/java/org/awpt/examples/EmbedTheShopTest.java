package org.awpt.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awpt.domain.license.LicenseTypeCode.MONTHLY;
import static org.awpt.domain.license.LicenseTypeCode.WEEKLY;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.awpt.application.Shop;
import org.awpt.application.inventory.ImportKeys;
import org.awpt.application.inventory.InventoryStatistics;
import org.awpt.application.manual.Approval;
import org.awpt.application.manual.AttachProof;
import org.awpt.application.manual.DecidePayment;
import org.awpt.application.manual.SubmitPayment;
import org.awpt.application.robux.RobuxPurchaseResult;
import org.awpt.application.robux.VerifyRobuxPurchase;
import org.awpt.application.testkit.InMemoryShop;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.payment.PaymentDetails;
import org.awpt.domain.payment.PaymentSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Embed the core" example: the whole shop over the test kit's fakes. */
class EmbedTheShopTest {
    private static final Requester ADMIN = Requester.of(InMemoryShop.ADMIN);
    private static final Requester BUYER = Requester.of(new DiscordUserId(2_000));
    private static final Requester OTHER_BUYER = Requester.of(new DiscordUserId(2_001));
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @TempDir
    Path folder;

    @Test
    void importSellForRobuxSellByManualPaymentAndCount() {
        // A shop over the fakes, with one port of our own: proofs go to a folder.
        InMemoryShop fakes = InMemoryShop.create(InMemoryShop.create().shop().settings(),
                builder -> builder.proofs(new DirectoryProofStore(folder)));
        Shop shop = fakes.shop();

        // An admin imports keys, one per line.
        shop.inventory().importKeys(new ImportKeys(ADMIN, WEEKLY, lines("abcdefghijklmnopqrstuvwxyz012345",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")));
        shop.inventory().importKeys(new ImportKeys(ADMIN, MONTHLY, lines("monthlykey0000000000000000000001",
                "monthlykey0000000000000000000002", "monthlykey0000000000000000000003")));

        // A buyer who owns the weekly gamepass in the (fake) Roblox world gets a key.
        String robloxAccount = fakes.robloxBuyerOf(WEEKLY);
        RobuxPurchaseResult robux = shop.robux().verify(new VerifyRobuxPurchase(BUYER, WEEKLY, robloxAccount, null));
        assertThat(fakes.buyers().deliveredCodes()).containsExactly(robux.key().code());

        // Another pays by hand (manual payments pause while a type's stock is critical), uploads a proof, and gets the key once an admin approves.
        PaymentSession session = shop.manualPayments().submit(new SubmitPayment(OTHER_BUYER, MONTHLY, "gcash",
                new PaymentDetails("GCash", "TX-1", "buyer@example.com", null), null));
        shop.manualPayments().attachProof(new AttachProof(OTHER_BUYER, session.id(), PNG));
        assertThat(fakes.admins().paymentsAwaitingReview()).hasSize(1);
        Approval approval = shop.manualPayments().approve(new DecidePayment(ADMIN, session.id()));
        assertThat(fakes.buyers().deliveredCodes()).containsExactly(robux.key().code(), approval.key().code());
        assertThat(folder).isDirectoryContaining(file -> file.getFileName().toString().startsWith(session.id().value()));

        // Statistics: two keys sold, three left.
        InventoryStatistics stats = shop.inventory().statistics(ADMIN);
        assertThat(stats.totals()).containsEntry(KeyStatus.USED, 2L).containsEntry(KeyStatus.AVAILABLE, 3L);
    }

    private static byte[] lines(String... keys) {
        return String.join("\n", keys).getBytes(StandardCharsets.UTF_8);
    }
}
