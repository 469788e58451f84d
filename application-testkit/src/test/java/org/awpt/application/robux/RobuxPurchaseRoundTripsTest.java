package org.awpt.application.robux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awpt.application.purchase.BuyerShop.BUYER;
import static org.awpt.application.purchase.BuyerShop.as;
import static org.awpt.domain.license.LicenseTypeCode.WEEKLY;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.awpt.application.adminshop.AdminShop;
import org.awpt.application.delivery.DeliveryService;
import org.awpt.application.event.EventDispatcher;
import org.awpt.application.event.ShopReactions;
import org.awpt.application.manual.ManualOrderSettlement;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.CooldownStore;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.LockdownStore;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.port.RobloxGateway;
import org.awpt.application.purchase.BuyerShop;
import org.awpt.application.purchase.PurchaseGuard;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.stock.StockMonitor;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.KeyStatus;
import org.junit.jupiter.api.Test;

/** How many times one Robux purchase goes to a store or to Roblox, counted on every port it uses. */
class RobuxPurchaseRoundTripsTest {
    private static final long WEEKLY_PASS = 1022970504L;
    private static final RobloxUserId ACCOUNT = new RobloxUserId(111);

    private final BuyerShop shop = new BuyerShop().stock(WEEKLY, 20);
    private final Map<String, Integer> calls = new TreeMap<>();

    private <T> T counting(Class<T> port, T target) {
        return AdminShop.intercept(port, target, (method, args) -> {
            synchronized (calls) {
                calls.merge(port.getSimpleName() + "." + method, 1, Integer::sum);
            }
            return AdminShop.PASS;
        });
    }

    @Test
    void aFirstPurchaseReadsTheKeyItClaimedNeverAgain() {
        shop.roblox.addUser(new RobloxUser(ACCOUNT, "Buyer_One", "Buyer One", false)).grant(ACCOUNT, WEEKLY_PASS, 5001);
        LicenseKeyRepository keys = counting(LicenseKeyRepository.class, shop.keys);
        AuditLog audit = counting(AuditLog.class, shop.audit);
        Auditor auditor = new Auditor(audit, shop.ids, shop.clock);
        PurchaseGuard guard = new PurchaseGuard(shop.settings, keys, counting(LockdownStore.class, shop.lockdowns),
                counting(CooldownStore.class, shop.cooldowns), shop.clock);
        StockMonitor stock = new StockMonitor(keys, shop.settings, auditor);
        EventDispatcher events = ShopReactions.dispatcher(stock, shop.admins, List.of(), shop.sales, List.of());
        DeliveryService delivery = new DeliveryService(shop.settings, keys, shop.buyers, shop.admins,
                new ManualOrderSettlement(shop.sessions), auditor, shop.clock, events);
        // The call budget is the process's own bookkeeping (in memory in every adapter), not a round trip.
        RobuxPurchaseService robux = new RobuxPurchaseService(shop.settings, keys,
                counting(RobloxGateway.class, shop.roblox), shop.robloxBudget, counting(OnceRegistry.class, shop.once),
                guard, delivery,
                new Authorization(shop.settings.access()), auditor, shop.clock, events);
        stock.startUp();
        calls.clear();

        RobuxPurchaseResult result = robux.verify(new VerifyRobuxPurchase(as(BUYER), WEEKLY, "111", "ticket-1"));

        assertThat(result.key().status()).isEqualTo(KeyStatus.USED);
        assertThat(result.key().delivery().isPending()).as("the result is the key as told").isFalse();
        int types = shop.settings.types().codes().size();
        // The fewest this purchase can take, each for a reason:
        assertThat(calls).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                // is Robux locked down; has the buyer failed too often lately
                Map.entry("LockdownStore.find", 1),
                // the cooldown read again after the sale: failures counted meanwhile are cleared
                Map.entry("CooldownStore.find", 2),
                // who the account is, and whether it owns the gamepass (and which ownership)
                Map.entry("RobloxGateway.findUser", 1),
                Map.entry("RobloxGateway.findOwnership", 1),
                // was this ownership paid out already (or is its delivery pending after a crash): checked before
                // the one-active-license rule, so that a retry is not refused for its own key
                Map.entry("LicenseKeyRepository.findByOrder", 1),
                // the one-active-license rule, by Discord user and by Roblox account
                Map.entry("LicenseKeyRepository.heldBy", 1),
                Map.entry("LicenseKeyRepository.heldByRoblox", 1),
                // the atomic claim, which returns the key every later step uses
                Map.entry("LicenseKeyRepository.claim", 1),
                // the stock recount after the claim (a reaction): one indexed count per catalog type
                Map.entry("LicenseKeyRepository.countAvailable", types),
                // the sale audited once across racing verifications of one ownership
                Map.entry("OnceRegistry.markOnce", 1),
                Map.entry("AuditLog.append", 2),
                // the key told: recorded on the key (the outbox), which returns it as told
                Map.entry("LicenseKeyRepository.markTold", 1)));
    }
}
