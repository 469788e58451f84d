package org.awpt.application.robux;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.port.RobloxCallBudget;
import org.awpt.application.port.RobloxGateway;
import org.awpt.application.purchase.PurchaseGuard;
import org.awpt.application.roblox.GamePassOwnership;
import org.awpt.application.roblox.RobloxBusyException;
import org.awpt.application.roblox.RobloxUnavailableException;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopLimits;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.ShopException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.CoolingDownException;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.event.SaleCompleted;
import org.awpt.domain.event.StockChanged;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.license.OutOfStockException;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;
import org.awpt.domain.pricing.GamePass;

/**
 * Verifies Robux purchases with Roblox and pays each gamepass ownership out with one key.
 *
 * <p>An ownership Roblox names with an instance id is its own order. One without is paid by payout
 * cycles ({@link PayoutCycles}): the open cycle is the order, and the next cycle opens only once the
 * shop itself has seen the gamepass gone after the payout ("I removed it"), or an admin opened it.
 *
 * <p>Verifying is not stopped by critical stock: the buyer already paid, so they may take the last
 * keys. Only a purchase that has not started yet is refused on low stock.
 */
public final class RobuxPurchaseService implements RobuxPurchaseUseCase {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_]{3,20}");
    private static final CooldownAction COOLDOWN = CooldownAction.ROBUX_VERIFICATION;

    /** Once-registry topic: the Robux purchases already audited, by order id. */
    static final String PURCHASE_AUDITED = "robux-purchase-audited";
    private final ShopSettings settings;
    private final LicenseKeyRepository keys;
    private final RobloxGateway roblox;
    private final PayoutCycles cycles;
    private final OnceRegistry once;
    private final PurchaseGuard guard;
    private final DeliveryUseCase delivery;
    private final Authorization authorization;
    private final Auditor auditor;
    private final Clock clock;
    private final ShopEvents events;
    private final RobloxCallBudget budget;

    /**
     * A service that publishes each claim's {@link StockChanged} and each sale's {@link SaleCompleted}.
     *
     * @param once   where the payout cycles of ownerships without instance id are kept
     * @param budget how many Roblox look-ups each user, and the bot, may make
     */
    public RobuxPurchaseService(ShopSettings settings, LicenseKeyRepository keys, RobloxGateway roblox,
            RobloxCallBudget budget, OnceRegistry once, PurchaseGuard guard, DeliveryUseCase delivery,
            Authorization authorization, Auditor auditor, Clock clock, ShopEvents events) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.roblox = Objects.requireNonNull(roblox, "roblox");
        this.once = Objects.requireNonNull(once, "once");
        this.cycles = new PayoutCycles(once);
        this.guard = Objects.requireNonNull(guard, "guard");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    @Override
    public RobuxPurchaseResult verify(VerifyRobuxPurchase cmd) {
        DiscordUserId buyer = cmd.requester().userId();
        LicenseType type = settings.types().require(cmd.type());
        guard.requireOpen(PaymentMethodKind.ROBUX);
        guard.checkCooldown(buyer, COOLDOWN);
        GamePass pass = gamePassOf(type);
        String account = readAccount(cmd.robloxIdOrUsername());
        spend(buyer, ShopLimits.ROBLOX_CALLS_PER_STEP);
        try {
            return payOut(cmd, type, pass, findUser(account));
        } catch (RobloxUnavailableException outage) {
            // Nothing was decided: no refusal recorded, no cooldown counted.
            throw outage;
        } catch (ShopException refusal) {
            throw refused(buyer, type, account, refusal);
        }
    }

    private RobuxPurchaseResult payOut(VerifyRobuxPurchase cmd, LicenseType type, GamePass pass, RobloxUser account) {
        DiscordUserId buyer = cmd.requester().userId();
        settings.buyerPolicy().checkNotBlocked(account.id());
        if (account.banned()) {
            throw new RobloxUserBannedException(account);
        }
        GamePassOwnership ownership = roblox.findOwnership(account.id(), pass.id())
                .orElseThrow(() -> new GamePassNotOwnedException(account.id(), pass));
        OptionalLong instance = ownership.instance();
        OrderId order = instance.isPresent()
                ? OrderId.forRobuxPurchase(account.id(), pass.id(), instance.getAsLong())
                : PayoutCycles.order(account.id(), pass.id(), cycles.current(account.id(), pass.id()));
        Optional<LicenseKey> existing = keys.findByOrder(order);
        if (existing.isPresent() && buyer.equals(existing.get().holder()) && existing.get().hasPendingDelivery()) {
            // A retry after a crash between the claim and the message: finish telling the buyer.
            return deliver(existing.get(), type, account);
        }
        // Checked after the ownership so that the retry above is not refused for the very key it retries.
        guard.checkMayBuy(buyer);
        guard.checkMayBuy(account.id());
        if (existing.isPresent()) {
            throw new AlreadyPaidOutException(account.id(), pass);
        }
        Instant now = clock.instant();
        LicenseKey claimed = keys.claim(new ClaimOrder(order, type, buyer, account.id(), cmd.ticketChannel()),
                now).orElseThrow(() -> new OutOfStockException(type.code()));
        events.publish(StockChanged.of(type.code()));
        if (!buyer.equals(claimed.holder())) {
            // Another Discord user claimed this very ownership a moment earlier.
            throw new AlreadyPaidOutException(account.id(), pass);
        }
        // Verifications of one ownership racing past the check above all get the order's one key back
        // from the claim; the sale itself is audited once.
        if (once.markOnce(PURCHASE_AUDITED, order.value(), now)) {
            auditor.record(buyer, AuditAction.ROBUX_PURCHASE, order.value(), Map.of("key", claimed.code().masked(),
                    "type", type.code().value(), "roblox", account.id().asString(), "gamePassId",
                    Long.toString(pass.id())));
            // Recorded at the configured Robux price in force now: the gamepass's price is not asked of Roblox.
            events.publish(new SaleCompleted(buyer, type.code(), robuxMethod(), List.of(claimed.code()), order.value(),
                    now, settings.prices().priceOf(type.code(), Money.ROBUX).orElse(null)));
        }
        return deliver(claimed, type, account);
    }

    @Override
    public PayoutCycle confirmRemoval(ConfirmGamePassRemoval cmd) {
        DiscordUserId buyer = cmd.requester().userId();
        LicenseType type = settings.types().require(cmd.type());
        guard.requireOpen(PaymentMethodKind.ROBUX);
        guard.checkCooldown(buyer, COOLDOWN);
        GamePass pass = gamePassOf(type);
        RobloxUserId account = cmd.account();
        int open = cycles.current(account, pass.id());
        OrderId order = PayoutCycles.order(account, pass.id(), open);
        boolean paid = keys.findByOrder(order).isPresent();
        spend(buyer, 1);
        // Asked after reading the payout: a "not owned" seen now was seen after that payout.
        if (roblox.findOwnership(account, pass.id()).isPresent()) {
            throw new GamePassStillOwnedException(account, pass);
        }
        if (!paid) {
            // Nothing paid in this cycle (or Roblox names ownerships with instance ids): the next purchase pays.
            return new PayoutCycle(account, pass.id(), open, false);
        }
        if (cycles.close(account, pass.id(), open, clock.instant())) {
            auditor.record(buyer, AuditAction.ROBUX_CYCLE_CLOSED, order.value(), cycleDetails("removal_seen", account,
                    pass.id(), open));
        }
        return new PayoutCycle(account, pass.id(), open + 1, true);
    }

    @Override
    public PayoutCycle resetCycle(ResetPayoutCycle cmd) {
        Actor admin = authorization.requireAdmin(cmd.requester(), "reset a Robux payout cycle");
        GamePass pass = settings.gamePasses().all().stream().filter(p -> p.id() == cmd.gamePassId()).findFirst()
                .orElseThrow(() -> new InvalidInputException("gamepass", "one of the shop's gamepass ids: "
                        + settings.gamePasses().all().stream().map(p -> Long.toString(p.id())).toList()));
        String typed = readAccount(cmd.robloxIdOrUsername());
        RobloxUserId account;
        if (RobloxUserId.looksNumeric(typed)) {
            account = RobloxUserId.parse(typed);
        } else {
            spend(admin.userId("reset a Robux payout cycle"), 1);
            account = findUser(typed).id();
        }
        int open = cycles.current(account, pass.id());
        OrderId order = PayoutCycles.order(account, pass.id(), open);
        if (keys.findByOrder(order).isEmpty()) {
            throw new NothingToResetException(account, pass.id(), open);
        }
        boolean closed = cycles.close(account, pass.id(), open, clock.instant());
        if (closed) {
            auditor.record(admin.id(), AuditAction.ROBUX_CYCLE_CLOSED, order.value(), cycleDetails("admin_reset",
                    account, pass.id(), open));
        }
        return new PayoutCycle(account, pass.id(), open + 1, closed);
    }

    private static Map<String, String> cycleDetails(String reason, RobloxUserId account, long gamePassId, int cycle) {
        return Map.of("reason", reason, "roblox", account.asString(), "gamePassId", Long.toString(gamePassId),
                "cycle", Integer.toString(cycle), "next", Integer.toString(cycle + 1));
    }

    /** The code the shop configured for its Robux method (the first, should it name several). */
    private String robuxMethod() {
        return settings.methods().ofKind(PaymentMethodKind.ROBUX).stream().findFirst().map(PaymentMethod::code)
                .orElse(PaymentMethodKind.ROBUX.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Takes Roblox look-ups from the user's budget, then from the bot's, before making them: refused
     * with the time left ({@link CoolingDownException} for the user, {@link RobloxBusyException} for the bot).
     */
    private void spend(DiscordUserId user, int calls) {
        Optional<Duration> userWait = budget.takeForUser(user, calls);
        if (userWait.isPresent()) {
            throw new CoolingDownException(COOLDOWN, clock.instant().plus(userWait.get()));
        }
        Optional<Duration> shopWait = budget.takeForShop(calls);
        if (shopWait.isPresent()) {
            throw new RobloxBusyException(clock.instant().plus(shopWait.get()));
        }
    }

    private GamePass gamePassOf(LicenseType type) {
        return settings.gamePasses().forType(type.code())
                .orElseThrow(() -> new InvalidInputException("license type", "a type sold for Robux"));
    }

    private RobuxPurchaseResult deliver(LicenseKey key, LicenseType type, RobloxUser account) {
        guard.recordSuccess(key.holder(), COOLDOWN);
        // The key as claimed (or found pending) goes on to the delivery, which returns it as told: no re-read.
        DeliveryUseCase.Delivered delivered = delivery.deliver(key);
        return new RobuxPurchaseResult(delivered.key(), type, account, delivered.via());
    }

    private RobloxUser findUser(String account) {
        Optional<RobloxUser> user = RobloxUserId.looksNumeric(account)
                ? roblox.findUser(RobloxUserId.parse(account))
                : roblox.findUserByName(account);
        return user.orElseThrow(() -> new NotFoundException("roblox user", account));
    }

    /** The account as typed, checked to be an id or a username (a leading {@code @} is dropped). */
    private static String readAccount(String typed) {
        String account = typed == null ? "" : typed.strip();
        if (account.startsWith("@")) {
            account = account.substring(1);
        }
        if (RobloxUserId.looksNumeric(account)) {
            RobloxUserId.parse(account);
            return account;
        }
        if (!USERNAME.matcher(account).matches()) {
            throw new InvalidInputException("roblox account", "a Roblox user id or a username of 3-20 letters, digits or _");
        }
        return account;
    }

    private ShopException refused(DiscordUserId buyer, LicenseType type, String account, ShopException refusal) {
        Map<String, String> details = new HashMap<>();
        details.put("reason", refusal.code());
        details.put("type", type.code().value());
        details.put("account", account);
        auditor.record(buyer, AuditAction.ROBUX_REFUSED, type.code().value(), details);
        if (refusal instanceof NotFoundException || refusal instanceof RobloxUserBannedException
                || refusal instanceof GamePassNotOwnedException) {
            guard.recordFailure(buyer, COOLDOWN);
        }
        return refusal;
    }
}
