package org.awpt.application.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.awpt.application.adminshop.AdminShop;
import org.awpt.application.adminshop.Race;
import org.awpt.application.fake.InMemoryAuditLog;
import org.awpt.application.event.ShopReactions;
import org.awpt.application.fake.RecordingSalesFeed;
import org.awpt.application.fake.RecordingStockListener;
import org.awpt.application.fake.StockNotice;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.StockListener;
import org.awpt.application.shared.Auditor;
import org.awpt.application.fake.SequentialIdSource;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.payment.NoticeRef;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.request.KeyRequest;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockLevel;
import org.awpt.domain.stock.StockStatus;
import org.junit.jupiter.api.Test;

class StockMonitorTest {
    private static final LicenseTypeCode WEEKLY = LicenseTypeCode.WEEKLY;
    private static final LicenseTypeCode MONTHLY = LicenseTypeCode.MONTHLY;

    private final AdminShop shop = new AdminShop();
    private final StockUseCase stock = shop.stock;

    @Test
    void currentCountsEveryCatalogTypeInCatalogOrder() {
        shop.stockKeys(WEEKLY, 12);
        shop.stockKeys(MONTHLY, 1);

        assertThat(stock.current()).containsExactly(
                new StockStatus(WEEKLY, 12, StockLevel.HEALTHY),
                new StockStatus(MONTHLY, 1, StockLevel.CRITICAL));
    }

    @Test
    void currentIsCachedUntilInvalidated() {
        shop.stockKeys(WEEKLY, 5);
        assertThat(stock.current().get(0).available()).isEqualTo(5);

        shop.stockKeys(WEEKLY, 3);
        assertThat(stock.current().get(0).available()).isEqualTo(5);

        shop.monitor.invalidate();
        assertThat(stock.current().get(0).available()).isEqualTo(8);
    }

    @Test
    void startUpAlertsOnceWithNoChangesWhenSomeTypeIsAlreadyLow() {
        shop.stockKeys(WEEKLY, 50);
        shop.stockKeys(MONTHLY, 4);

        stock.startUp();

        assertThat(shop.admins.stockAlerts()).containsExactly(new StockNotice(List.of(), List.of(
                new StockStatus(WEEKLY, 50, StockLevel.HEALTHY), new StockStatus(MONTHLY, 4, StockLevel.LOW))));
        assertThat(shop.listener.heard()).as("the panels are redrawn from the first count").containsExactly(
                new StockNotice(List.of(), List.of(new StockStatus(WEEKLY, 50, StockLevel.HEALTHY),
                        new StockStatus(MONTHLY, 4, StockLevel.LOW))));
        assertThat(stock.refresh()).isEmpty();
        assertThat(shop.admins.stockAlerts()).hasSize(1);
        assertThat(shop.auditLog.all()).isEmpty();
    }

    @Test
    void startUpWithHealthyStockAlertsNobody() {
        shop.stockKeys(WEEKLY, 11);
        shop.stockKeys(MONTHLY, 11);

        stock.startUp();

        assertThat(shop.admins.stockAlerts()).isEmpty();
    }

    @Test
    void startUpRedrawsThePurchasePanelsWithKeysImportedWhileTheShopWasStopped() {
        stock.startUp();
        assertThat(shop.listener.heard()).singleElement()
                .satisfies(notice -> assertThat(notice.current()).allMatch(s -> s.available() == 0));

        // Stopped; keys imported by the command line; started again over the same store.
        shop.stockKeys(WEEKLY, 30);
        stock.startUp();

        assertThat(shop.listener.heard()).hasSize(2).last().satisfies(notice -> {
            assertThat(notice.changes()).isEmpty();
            assertThat(notice.current()).contains(new StockStatus(WEEKLY, 30, StockLevel.HEALTHY));
        });
    }

    @Test
    void aLevelChangeIsReportedOnceToAdminsListenersAndTheAuditLog() {
        List<LicenseKey> weekly = shop.stockKeys(WEEKLY, 11);
        shop.stockKeys(MONTHLY, 20);
        stock.startUp();

        shop.sell(WEEKLY, AdminShop.BUYER, shop.clock.instant());
        List<StockChange> changes = stock.refresh();

        StockChange toLow = new StockChange(WEEKLY, StockLevel.HEALTHY, StockLevel.LOW, 10);
        assertThat(changes).containsExactly(toLow);
        assertThat(shop.admins.stockAlerts()).singleElement().satisfies(alert -> {
            assertThat(alert.changes()).containsExactly(toLow);
            assertThat(alert.current()).containsExactly(new StockStatus(WEEKLY, 10, StockLevel.LOW),
                    new StockStatus(MONTHLY, 20, StockLevel.HEALTHY));
        });
        assertThat(shop.listener.changes()).containsExactly(toLow);
        AuditEvent event = shop.auditLog.ofAction(AuditAction.STOCK_LEVEL_CHANGED).get(0);
        assertThat(event.actor()).isNull();
        assertThat(event.subject()).isEqualTo("weekly");
        assertThat(event.details()).containsEntry("from", "HEALTHY").containsEntry("to", "LOW")
                .containsEntry("available", "10");
        assertThat(weekly).hasSize(11);
    }

    @Test
    void repeatedRefreshesWithoutAChangeNotifyNobody() {
        shop.stockKeys(WEEKLY, 11);
        stock.startUp();
        shop.sell(WEEKLY, AdminShop.BUYER, shop.clock.instant());
        stock.refresh();

        for (int i = 0; i < 5; i++) {
            assertThat(stock.refresh()).isEmpty();
        }
        // Selling within the same level is no change either.
        shop.sell(WEEKLY, AdminShop.BUYER, shop.clock.instant());
        assertThat(stock.refresh()).isEmpty();

        assertThat(shop.admins.stockAlerts()).hasSize(2); // start-up (monthly out) and the one change
        assertThat(shop.listener.heard()).hasSize(2); // the start-up count and the one change
        assertThat(shop.auditLog.ofAction(AuditAction.STOCK_LEVEL_CHANGED)).hasSize(1);
    }

    @Test
    void aRecoveryIsReportedToo() {
        shop.stockKeys(WEEKLY, 1);
        shop.stockKeys(MONTHLY, 30);
        stock.startUp();

        shop.stockKeys(WEEKLY, 30);
        List<StockChange> changes = stock.refresh();

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.from()).isEqualTo(StockLevel.CRITICAL);
            assertThat(change.to()).isEqualTo(StockLevel.HEALTHY);
            assertThat(change.isRecovery()).isTrue();
        });
        assertThat(shop.admins.stockAlerts()).hasSize(2);
        assertThat(shop.admins.stockAlerts().get(1).changes()).isEqualTo(changes);
    }

    @Test
    void severalTypesChangingAtOnceMakeOneAlertWithEveryChange() {
        shop.stockKeys(WEEKLY, 2);
        shop.stockKeys(MONTHLY, 2);
        stock.startUp();

        shop.sell(WEEKLY, AdminShop.BUYER, shop.clock.instant());
        shop.sell(MONTHLY, AdminShop.BUYER, shop.clock.instant());
        shop.sell(MONTHLY, AdminShop.BUYER, shop.clock.instant());

        assertThat(stock.refresh()).containsExactly(
                new StockChange(WEEKLY, StockLevel.LOW, StockLevel.CRITICAL, 1),
                new StockChange(MONTHLY, StockLevel.LOW, StockLevel.OUT_OF_STOCK, 0));
        assertThat(shop.admins.stockAlerts()).hasSize(2);
        assertThat(shop.listener.heard()).hasSize(2).last().satisfies(n -> assertThat(n.changes()).hasSize(2));
        assertThat(shop.auditLog.ofAction(AuditAction.STOCK_LEVEL_CHANGED)).hasSize(2);
    }

    @Test
    void beforeStartUpEveryTypeCountsAsHealthy() {
        shop.stockKeys(WEEKLY, 20);
        shop.stockKeys(MONTHLY, 3);

        assertThat(stock.refresh()).containsExactly(new StockChange(MONTHLY, StockLevel.HEALTHY, StockLevel.LOW, 3));
        assertThat(stock.refresh()).isEmpty();
    }

    @Test
    void concurrentRefreshesReportAChangeExactlyOnce() throws Exception {
        shop.stockKeys(WEEKLY, 11);
        shop.stockKeys(MONTHLY, 11);
        stock.startUp();
        shop.sell(WEEKLY, AdminShop.BUYER, shop.clock.instant());

        List<Race.Outcome<List<StockChange>>> outcomes = Race.run(32, i -> stock::refresh);

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.stream().mapToInt(o -> o.result().size()).sum()).isEqualTo(1);
        assertThat(shop.admins.stockAlerts()).hasSize(1);
        assertThat(shop.listener.heard()).hasSize(2); // the start-up count and the one change
        assertThat(shop.auditLog.ofAction(AuditAction.STOCK_LEVEL_CHANGED)).hasSize(1);
    }

    @Test
    void aFailingListenerOrNotifierNeitherFailsTheRefreshNorSilencesTheOthers() {
        RecordingStockListener second = new RecordingStockListener();
        StockListener broken = (changes, current) -> {
            throw new IllegalStateException("panel gone");
        };
        InMemoryAuditLog log = new InMemoryAuditLog();
        StockMonitor monitor = new StockMonitor(shop.keys, shop.settings,
                new Auditor(log, new SequentialIdSource("a"), shop.clock));
        StockService stock = new StockService(monitor, ShopReactions.dispatcher(monitor, new BrokenAdminNotifier(),
                List.of(broken, second), new RecordingSalesFeed(), List.of()));
        shop.stockKeys(WEEKLY, 5);

        assertThatCode(stock::startUp).doesNotThrowAnyException();
        for (int i = 0; i < 4; i++) {
            shop.sell(WEEKLY, AdminShop.BUYER, shop.clock.instant());
        }
        List<StockChange> changes = stock.refresh();

        StockChange toCritical = new StockChange(WEEKLY, StockLevel.LOW, StockLevel.CRITICAL, 1);
        assertThat(changes).containsExactly(toCritical);
        assertThat(second.changes()).containsExactly(toCritical);
        assertThat(log.ofAction(AuditAction.STOCK_LEVEL_CHANGED)).hasSize(1);
    }

    /** Admins that cannot be reached: every call fails. */
    private static final class BrokenAdminNotifier implements AdminNotifier {
        @Override
        public List<NoticeRef> paymentAwaitingReview(PaymentSession session, byte[] proof) {
            throw new IllegalStateException("down");
        }

        @Override
        public void paymentClosed(PaymentSession session) {
            throw new IllegalStateException("down");
        }

        @Override
        public void keyRequestAwaitingApproval(KeyRequest request) {
            throw new IllegalStateException("down");
        }

        @Override
        public void stockAlert(List<StockChange> changes, List<StockStatus> current) {
            throw new IllegalStateException("down");
        }

        @Override
        public void deliveryFellBack(LicenseKey key, DeliveryChannel via) {
            throw new IllegalStateException("down");
        }

        @Override
        public void storefrontOrderRefused(org.awpt.domain.storefront.StorefrontRefusal refusal) {
            throw new IllegalStateException("down");
        }
    }
}
