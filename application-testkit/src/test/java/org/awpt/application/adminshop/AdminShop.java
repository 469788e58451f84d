package org.awpt.application.adminshop;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.awpt.application.audit.AuditService;
import org.awpt.application.cooldown.CooldownBook;
import org.awpt.application.cooldown.CooldownService;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.event.EventDispatcher;
import org.awpt.application.event.ShopReactions;
import org.awpt.application.fake.InMemorySalesLedger;
import org.awpt.application.report.SalesReportService;
import org.awpt.application.fake.InMemoryAuditLog;
import org.awpt.application.fake.InMemoryCooldownStore;
import org.awpt.application.fake.InMemoryKeyRequestRepository;
import org.awpt.application.fake.InMemoryLicenseKeyRepository;
import org.awpt.application.fake.InMemoryLockdownStore;
import org.awpt.application.fake.MutableClock;
import org.awpt.application.fake.RecordingAdminNotifier;
import org.awpt.application.fake.RecordingBuyerNotifier;
import org.awpt.application.fake.RecordingSalesFeed;
import org.awpt.application.fake.RecordingStockListener;
import org.awpt.application.fake.SequentialIdSource;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.inventory.InventoryService;
import org.awpt.application.lockdown.LockdownService;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.stock.StockMonitor;
import org.awpt.application.stock.StockService;
import org.awpt.application.support.KeyRequestDecisions;
import org.awpt.application.support.KeyRequestDeliveries;
import org.awpt.application.support.KeyRequestIntake;
import org.awpt.application.support.KeyRequestService;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.Requester;
import org.awpt.domain.importing.ImportLimits;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;

/**
 * The admin and support use cases wired over fresh fakes. Fields are public: tests arrange and
 * inspect the fakes directly. {@link #keyRepository} and {@link #requestRepository} are what the
 * services use; a test may put a decorator in between with {@link #AdminShop(ShopSettings, UnaryOperator, UnaryOperator)}.
 */
public final class AdminShop {
    /** An admin by user id. */
    public static final DiscordUserId ADMIN = new DiscordUserId(1001);
    /** Another admin by user id. */
    public static final DiscordUserId OTHER_ADMIN = new DiscordUserId(1002);
    /** A support member by user id. */
    public static final DiscordUserId SUPPORT = new DiscordUserId(2002);
    /** A buyer without roles. */
    public static final DiscordUserId BUYER = new DiscordUserId(3003);
    /** The server role that makes its members admins. */
    public static final String ADMIN_ROLE = "900";

    /** The default access policy of the tests. */
    public static final AccessPolicy ACCESS =
            new AccessPolicy(Set.of(ADMIN, OTHER_ADMIN), Set.of(ADMIN_ROLE), Set.of(SUPPORT), Set.of());

    public final ShopSettings settings;
    public final MutableClock clock = new MutableClock();
    public final SequentialIdSource ids = new SequentialIdSource();
    public final InMemoryLicenseKeyRepository keys = new InMemoryLicenseKeyRepository();
    public final InMemoryKeyRequestRepository requests = new InMemoryKeyRequestRepository();
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    public final InMemoryLockdownStore lockdownStore = new InMemoryLockdownStore();
    public final InMemoryCooldownStore cooldownStore = new InMemoryCooldownStore();
    public final RecordingAdminNotifier admins = new RecordingAdminNotifier();
    public final RecordingBuyerNotifier buyers = new RecordingBuyerNotifier();
    public final RecordingStockListener listener = new RecordingStockListener();
    public final RecordingSalesFeed sales = new RecordingSalesFeed();
    public final InMemorySalesLedger ledger = new InMemorySalesLedger();
    public final LicenseKeyRepository keyRepository;
    public final KeyRequestRepository requestRepository;
    public final Authorization authorization;
    public final Auditor auditor;
    public final LockdownService lockdown;
    public final StockMonitor monitor;
    public final EventDispatcher events;
    public final StockService stock;
    public final InventoryService inventory;
    public final SalesReportService reports;
    public final KeyRequestService keyRequests;
    public final CooldownService cooldowns;
    public final AuditService audit;

    private int nextKey;

    /** The specification's shop with the test access policy. */
    public AdminShop() {
        this(ExampleShop.settings(ACCESS));
    }

    /** A shop with these settings. */
    public AdminShop(ShopSettings settings) {
        this(settings, UnaryOperator.identity(), UnaryOperator.identity());
    }

    /** A shop whose services reach the key and request fakes through the given decorators. */
    public AdminShop(ShopSettings settings, UnaryOperator<LicenseKeyRepository> keyDecorator,
            UnaryOperator<KeyRequestRepository> requestDecorator) {
        this.settings = settings;
        keyRepository = keyDecorator.apply(keys);
        requestRepository = requestDecorator.apply(requests);
        authorization = new Authorization(settings.access());
        auditor = new Auditor(auditLog, new SequentialIdSource("audit"), clock);
        lockdown = new LockdownService(lockdownStore, settings, authorization, auditor, clock);
        monitor = new StockMonitor(keyRepository, settings, auditor);
        events = ShopReactions.dispatcher(monitor, admins, List.of(listener), sales,
                List.of(ShopReactions.salesLedger(ledger)));
        stock = new StockService(monitor, events);
        inventory = new InventoryService(keyRepository, settings, authorization, auditor, clock, lockdown, events);
        reports = new SalesReportService(keyRepository, ledger, settings, authorization, clock);
        KeyRequestDeliveries deliveries = new KeyRequestDeliveries(keyRepository, requestRepository, buyers, auditor,
                clock);
        keyRequests = new KeyRequestService(new KeyRequestIntake(keyRepository, requestRepository, settings,
                authorization, auditor, clock, ids, lockdown, events, admins), new KeyRequestDecisions(keyRepository,
                requestRepository, settings, authorization, auditor, clock, events, deliveries), deliveries);
        cooldowns = new CooldownService(new CooldownBook(cooldownStore, settings, clock), authorization, auditor, clock);
        audit = new AuditService(auditLog, authorization);
    }

    /** The test shop's settings with another catalog, import limits and zone. */
    public static ShopSettings settings(LicenseTypeCatalog types, ImportLimits limits, ZoneId zone) {
        ShopSettings d = ExampleShop.settings(ACCESS);
        return new ShopSettings(types, d.prices(), d.methods(), d.gamePasses(), d.thresholds(), d.buyerPolicy(),
                d.proofPolicy(), limits, d.access(), d.sessionExpiry(), d.cooldowns(), zone);
    }

    /** The admin as a requester. */
    public static Requester admin() {
        return Requester.of(ADMIN);
    }

    /** The support member as a requester. */
    public static Requester support() {
        return Requester.of(SUPPORT);
    }

    /** The buyer as a requester. */
    public static Requester buyer() {
        return Requester.of(BUYER);
    }

    /** Puts {@code count} new keys of a type in stock, created one second apart from now; returns them. */
    public List<LicenseKey> stockKeys(LicenseTypeCode type, int count) {
        List<LicenseKey> added = TestKeys.inStock(nextKey, count, type, clock.instant());
        nextKey += count;
        keys.insertAll(added);
        return added;
    }

    /** Sells one key of a type to a buyer at a time, straight through the repository. */
    public LicenseKey sell(LicenseTypeCode type, DiscordUserId buyer, Instant at) {
        ClaimOrder order = new ClaimOrder(new OrderId("test:" + ids.nextId()), settings.types().require(type), buyer,
                null, null);
        return keys.claim(order, at).orElseThrow();
    }

    /**
     * A proxy implementing {@code port} by {@code target}, except the calls {@code override} answers
     * (it returns {@link #PASS} to let a call through).
     */
    @SuppressWarnings("unchecked")
    public static <T> T intercept(Class<T> port, T target, Interceptor override) {
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            Object answer = override.answer(method.getName(), args);
            if (answer != PASS) {
                return answer;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        });
    }

    /** What an {@link Interceptor} returns to let a call through to the target. */
    public static final Object PASS = new Object();

    /** Answers some calls of a proxied port in a test's own way. */
    @FunctionalInterface
    public interface Interceptor {
        /** The answer to a call, or {@link #PASS}. */
        Object answer(String method, Object[] args) throws Throwable;
    }
}
