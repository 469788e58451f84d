package org.awpt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awpt.adapters.sqlite.SqlitePersistence;
import org.awpt.adapters.sqlite.SqliteSettings;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.fake.MutableClock;
import org.awpt.application.fake.RecordingAdminNotifier;
import org.awpt.application.fake.RecordingStockListener;
import org.awpt.application.fake.SequentialIdSource;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.stock.StockMonitor;
import org.awpt.application.stock.StockService;
import org.awpt.application.stock.StockUseCase;
import org.awpt.application.event.ShopReactions;
import org.awpt.application.fake.RecordingSalesFeed;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot's round that notices another process wrote the SQLite file: two connections on one file
 * stand for the bot and the command line; the test runs the rounds itself, no scheduler, no sleep.
 */
class OtherWritersWatchTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private final ShopSettings shop = ExampleShop.settings(new AccessPolicy(Set.of(), Set.of(), Set.of(), Set.of()));
    private final RecordingAdminNotifier admins = new RecordingAdminNotifier();
    private final RecordingStockListener panels = new RecordingStockListener();

    private SqlitePersistence open() {
        return SqlitePersistence.open(SqliteSettings.defaults(dir), shop.types(), clock);
    }

    private StockUseCase stockOf(SqlitePersistence bot) {
        StockMonitor monitor = new StockMonitor(bot.licenseKeys(), shop,
                new Auditor(bot.auditLog(), new SequentialIdSource(), clock));
        return new StockService(monitor, ShopReactions.dispatcher(monitor, admins, List.of(panels),
                new RecordingSalesFeed(), List.of()));
    }

    private static long weeklyAvailable(StockUseCase stock) {
        return stock.current().stream().filter(status -> status.type().equals(LicenseTypeCode.WEEKLY)).findFirst()
                .orElseThrow().available();
    }

    @Test
    void keysAnotherProcessImportsRefreshTheBotsStockAtTheNextRoundOnce() {
        try (SqlitePersistence bot = open(); SqlitePersistence cli = open()) {
            StockUseCase stock = stockOf(bot);
            stock.startUp();
            OtherWritersWatch watch = new OtherWritersWatch(bot::dataVersion, stock);
            assertThat(watch.check()).as("nothing written").isZero();
            int alertsAtStartUp = admins.stockAlerts().size();

            cli.licenseKeys().insertAll(TestKeys.inStock(0, 20, LicenseTypeCode.WEEKLY, clock.instant()));
            assertThat(weeklyAvailable(stock)).as("the bot's cached count, before the round").isZero();

            assertThat(watch.check()).isEqualTo(1);

            assertThat(weeklyAvailable(stock)).isEqualTo(20);
            assertThat(panels.changes()).containsExactly(
                    new StockChange(LicenseTypeCode.WEEKLY, StockLevel.OUT_OF_STOCK, StockLevel.HEALTHY, 20));
            assertThat(admins.stockAlerts()).hasSize(alertsAtStartUp + 1);
            assertThat(watch.check()).as("the same write is noticed once").isZero();
            assertThat(panels.changes()).hasSize(1);
        }
    }

    @Test
    void aRecountWithoutALevelChangeTellsNobody() {
        try (SqlitePersistence bot = open(); SqlitePersistence cli = open()) {
            StockUseCase stock = stockOf(bot);
            bot.licenseKeys().insertAll(TestKeys.inStock(0, 20, LicenseTypeCode.WEEKLY, clock.instant()));
            stock.startUp();
            OtherWritersWatch watch = new OtherWritersWatch(bot::dataVersion, stock);

            cli.licenseKeys().insertAll(TestKeys.inStock(20, 5, LicenseTypeCode.WEEKLY, clock.instant()));

            assertThat(watch.check()).as("recounted, level unchanged").isZero();
            assertThat(weeklyAvailable(stock)).isEqualTo(25);
            assertThat(panels.changes()).isEmpty();
        }
    }

    @Test
    void aRoundThatFailsIsDoneAgainByTheNextOne() {
        try (SqlitePersistence bot = open(); SqlitePersistence cli = open()) {
            StockUseCase stock = stockOf(bot);
            stock.startUp();
            AtomicBoolean databaseBusy = new AtomicBoolean();
            OtherWritersWatch watch = new OtherWritersWatch(() -> {
                if (databaseBusy.get()) {
                    throw new IllegalStateException("database is locked");
                }
                return bot.dataVersion();
            }, stock);
            cli.licenseKeys().insertAll(TestKeys.inStock(0, 20, LicenseTypeCode.WEEKLY, clock.instant()));

            databaseBusy.set(true);
            assertThatThrownBy(watch::check).hasMessage("database is locked");
            databaseBusy.set(false);

            assertThat(watch.check()).isEqualTo(1);
            assertThat(weeklyAvailable(stock)).isEqualTo(20);
        }
    }
}
