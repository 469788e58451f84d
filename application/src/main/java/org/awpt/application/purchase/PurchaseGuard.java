package org.awpt.application.purchase;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.cooldown.CooldownBook;
import org.awpt.application.port.CooldownStore;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.LockdownStore;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.license.OutOfStockException;
import org.awpt.domain.payment.PaymentMethodKind;
import org.awpt.domain.stock.PurchasesPausedException;
import org.awpt.domain.stock.StockStatus;

/**
 * The checks every purchase shares, whatever the payment method: lockdown switches, cooldowns,
 * stock levels and the one-active-license rule.
 */
public final class PurchaseGuard {
    private final ShopSettings settings;
    private final LicenseKeyRepository keys;
    private final LockdownStore lockdowns;
    private final CooldownBook cooldowns;
    private final Clock clock;

    /** A guard reading these stores. */
    public PurchaseGuard(ShopSettings settings, LicenseKeyRepository keys, LockdownStore lockdowns,
            CooldownStore cooldowns, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.lockdowns = Objects.requireNonNull(lockdowns, "lockdowns");
        this.cooldowns = new CooldownBook(cooldowns, settings, clock);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Refuses a new purchase unless the method is open, the buyer is not cooling down for
     * {@code cooldown} ({@code null}: no cooldown), holds no active license, and stock allows it.
     */
    public void requireNewPurchase(DiscordUserId buyer, LicenseTypeCode type, String methodCode,
            CooldownAction cooldown) {
        requireOpen(methodCode);
        if (cooldown != null) {
            checkCooldown(buyer, cooldown);
        }
        checkMayBuy(buyer);
        requireNewPurchasesAllowed(type);
    }

    /** The lockdown of a payment method while it is locked; empty while open. */
    public Optional<Lockdown> lockdownOf(String methodCode) {
        return lockdowns.find(Feature.paymentMethod(methodCode)).filter(Lockdown::locked);
    }

    /** Refuses with {@link org.awpt.domain.access.LockedDownException} while the method is locked down. */
    public void requireOpen(String methodCode) {
        lockdownOf(methodCode).ifPresent(Lockdown::requireOpen);
    }

    /**
     * Refuses with {@link org.awpt.domain.access.LockedDownException} while any configured method of the
     * kind is locked down: a step that belongs to the kind rather than to one method (a Robux
     * verification) stops when an admin locks the method under the code the shop configured.
     */
    public void requireOpen(PaymentMethodKind kind) {
        settings.methods().ofKind(kind).forEach(method -> requireOpen(method.code()));
    }

    /** Refuses with {@link org.awpt.domain.access.CoolingDownException} while the user cools down. */
    public void checkCooldown(DiscordUserId user, CooldownAction action) {
        cooldowns.check(user, action);
    }

    /** Counts a failure the user caused, which may make them wait. */
    public void recordFailure(DiscordUserId user, CooldownAction action) {
        cooldowns.recordFailure(user, action);
    }

    /** Clears the user's failures after a success. */
    public void recordSuccess(DiscordUserId user, CooldownAction action) {
        cooldowns.recordSuccess(user, action);
    }

    /** The stock of a type now. */
    public StockStatus stock(LicenseTypeCode type) {
        return StockStatus.of(type, keys.countAvailable(type), settings.thresholds());
    }

    /**
     * Refuses a new purchase of the type when stock does not allow one: {@link OutOfStockException}
     * when none is left, {@link PurchasesPausedException} at the critical level.
     */
    public StockStatus requireNewPurchasesAllowed(LicenseTypeCode type) {
        StockStatus status = stock(type);
        if (status.available() == 0) {
            throw new OutOfStockException(type);
        }
        if (!status.level().allowsNewPurchases()) {
            throw new PurchasesPausedException(status);
        }
        return status;
    }

    /** Refuses with {@link org.awpt.domain.buyer.AlreadyLicensedException} while the Discord user holds an active license. */
    public void checkMayBuy(DiscordUserId buyer) {
        settings.buyerPolicy().checkMayBuy("discord:" + buyer.asString(), keys.heldBy(buyer), clock.instant());
    }

    /**
     * As {@link #checkMayBuy(DiscordUserId)}, not counting the key of {@code order} itself (an approval
     * retried after it claimed, or a second admin approving the same payment).
     */
    public void checkMayBuyAnotherThan(DiscordUserId buyer, OrderId order) {
        settings.buyerPolicy().checkMayBuy("discord:" + buyer.asString(), keys.heldBy(buyer).stream()
                .filter(key -> !order.equals(key.orderId())).toList(), clock.instant());
    }

    /** Refuses with {@link org.awpt.domain.buyer.AlreadyLicensedException} while the Roblox account holds an active license. */
    public void checkMayBuy(RobloxUserId account) {
        settings.buyerPolicy().checkMayBuy("roblox:" + account.asString(), keys.heldByRoblox(account), clock.instant());
    }
}
