package org.awpt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.awpt.adapters.sqlite.SqlitePersistence;
import org.awpt.adapters.sqlite.SqliteSettings;
import org.awpt.application.Shop;
import org.awpt.application.fake.FakeRobloxGateway;
import org.awpt.application.inventory.ImportKeys;
import org.awpt.application.fake.InMemoryRobloxCallBudget;
import org.awpt.application.port.RobloxCallBudget;
import org.awpt.application.port.RobloxGateway;
import org.awpt.application.shared.ShopLimits;
import org.awpt.application.shared.ShopSettings;
import org.awpt.bootstrap.console.ConsoleNotifiers;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.Requester;
import org.awpt.domain.importing.ImportReport;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Embed the core" example over the SQLite adapter, kept compiling and working. */
class EmbedTheCoreExampleTest {
    @TempDir
    Path dir;

    @Test
    void theReadmeExampleImportsKeys() throws IOException {
        Files.writeString(dir.resolve("keys.txt"), "abcdefghijklmnopqrstuvwxyz012345\nABCDEFGHIJKLMNOPQRSTUVWXYZ012345\n");
        ConsoleNotifiers myNotifiers = new ConsoleNotifiers();
        ConsoleNotifiers myBuyerNotifier = myNotifiers;
        ConsoleNotifiers myAdminNotifier = myNotifiers;
        ConsoleNotifiers myReminderNotifier = myNotifiers;
        ConsoleNotifiers mySalesFeed = myNotifiers;
        ConsoleNotifiers myTicketChannels = myNotifiers;
        ConsoleNotifiers myTicketArchive = myNotifiers;
        RobloxGateway robloxGateway = new FakeRobloxGateway();
        RobloxCallBudget robloxCallBudget = new InMemoryRobloxCallBudget(ShopLimits.defaults().robloxCallsPerBuyer(),
                ShopLimits.defaults().robloxCallsPerShop(), Clock.systemUTC());
        byte[] keyFile = Files.readAllBytes(dir.resolve("keys.txt"));

        try (SqlitePersistence db = SqlitePersistence.open(SqliteSettings.defaults(dir.resolve("data")),
                ShopSettings.defaults(new AccessPolicy(Set.of(), Set.of(), Set.of(), Set.of())).types(),
                Clock.systemUTC())) {
            // From README.md:
            Shop shop = Shop.builder(ShopSettings.defaults(new AccessPolicy(Set.of(new DiscordUserId(42)), Set.of(), Set.of(), Set.of())))
                    .licenseKeys(db.licenseKeys()).paymentSessions(db.paymentSessions()).keyRequests(db.keyRequests())
                    .storefrontVisits(db.storefrontVisits()).onceRegistry(db.onceRegistry()).auditLog(db.auditLog())
                    .lockdowns(db.lockdowns()).cooldowns(db.cooldowns()).proofs(db.proofs())
                    .roblox(robloxGateway).robloxCallBudget(robloxCallBudget).buyerNotifier(myBuyerNotifier).adminNotifier(myAdminNotifier)
                    .expiryReminders(myReminderNotifier).salesFeed(mySalesFeed).salesLedger(db.sales())
                    .purchaseTickets(db.purchaseTickets()).ticketChannels(myTicketChannels).ticketArchive(myTicketArchive)
                    .build();
            ImportReport report = shop.inventory().importKeys(new ImportKeys(Requester.of(new DiscordUserId(42)),
                    LicenseTypeCode.WEEKLY, keyFile));

            assertThat(report.imported()).isEqualTo(2);
            assertThat(db.licenseKeys().countAvailable(LicenseTypeCode.WEEKLY)).isEqualTo(2);
        }
    }
}
