package org.awpt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.awpt.adapters.sqlite.SqlitePersistence;
import org.awpt.adapters.sqlite.SqliteSettings;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.inventory.ImportKeys;
import org.awpt.application.inventory.InventoryService;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.lockdown.LockdownService;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.SecureRandomIdSource;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.stock.StockMonitor;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.event.ShopReactions;
import org.awpt.application.port.SalesFeed;
import org.awpt.bootstrap.console.ConsoleNotifiers;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.Requester;
import org.awpt.domain.importing.ImportReport;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Embed the core" example, kept compiling and working. */
class EmbedTheCoreExampleTest {
    @TempDir
    Path dir;

    @Test
    void theReadmeExampleImportsKeys() throws IOException {
        Files.writeString(dir.resolve("keys.txt"), "abcdefghijklmnopqrstuvwxyz012345\nABCDEFGHIJKLMNOPQRSTUVWXYZ012345\n");
        AdminNotifier myAdminNotifier = new ConsoleNotifiers();
        SalesFeed mySalesFeed = new ConsoleNotifiers();

        // From README.md, with the paths in the temporary folder:
        ShopSettings settings = ExampleShop.settings(
                new AccessPolicy(Set.of(new DiscordUserId(42)), Set.of(), Set.of(), Set.of()));
        Clock clock = Clock.systemUTC();
        try (SqlitePersistence db = SqlitePersistence.open(SqliteSettings.defaults(dir.resolve("data")),
                settings.types(), clock)) {
            Authorization authorization = new Authorization(settings.access());
            Auditor auditor = new Auditor(db.auditLog(), new SecureRandomIdSource(), clock);
            StockMonitor stock = new StockMonitor(db.licenseKeys(), settings, auditor);
            ShopEvents events = ShopReactions.dispatcher(stock, myAdminNotifier, List.of(), mySalesFeed, List.of());
            InventoryUseCase inventory = new InventoryService(db.licenseKeys(), settings, authorization, auditor,
                    clock, new LockdownService(db.lockdowns(), settings, authorization, auditor, clock), events);

            ImportReport report = inventory.importKeys(new ImportKeys(Requester.of(new DiscordUserId(42)),
                    LicenseTypeCode.WEEKLY, Files.readAllBytes(dir.resolve("keys.txt"))));

            assertThat(report.imported()).isEqualTo(2);
            assertThat(db.licenseKeys().countAvailable(LicenseTypeCode.WEEKLY)).isEqualTo(2);
        }
    }
}
