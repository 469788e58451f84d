package org.awpt.domain.buyer;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.LicenseKey;

/**
 * Who may buy: blocked Roblox accounts never; otherwise one active license per Discord account and
 * per Roblox account, where active means delivered and not expired, and a buyer may renew within
 * the renewal window before the active license ends. (The original bot refused a buyer for ever
 * after one weekly key.)
 *
 * @param blockedRobloxAccounts accounts that may never buy
 * @param renewalWindow         how long before expiry a buyer may buy again
 */
public record BuyerPolicy(Set<RobloxUserId> blockedRobloxAccounts, Duration renewalWindow) {
    /** The owner group account the specification blocks. */
    public static final RobloxUserId OWNER_GROUP = new RobloxUserId(2425307148L);

    /** Copies the blocklist and checks the window is not negative. */
    public BuyerPolicy {
        blockedRobloxAccounts = blockedRobloxAccounts == null ? Set.of() : Set.copyOf(blockedRobloxAccounts);
        Objects.requireNonNull(renewalWindow, "renewalWindow");
        if (renewalWindow.isNegative()) {
            throw new IllegalArgumentException("a renewal window is not negative");
        }
    }

    /** The specification's blocklist and a two-day renewal window. */
    public static BuyerPolicy defaults() {
        return new BuyerPolicy(Set.of(OWNER_GROUP), Duration.ofDays(2));
    }

    /** Refuses a blocked Roblox account with {@link BlockedBuyerException}. */
    public void checkNotBlocked(RobloxUserId account) {
        if (blockedRobloxAccounts.contains(account)) {
            throw new BlockedBuyerException(account);
        }
    }

    /**
     * Refuses with {@link AlreadyLicensedException} when one of the account's licenses is active at
     * {@code now} and ends after the renewal window.
     *
     * @param account  how to name the account in the refusal (Discord or Roblox)
     * @param licenses the keys the account holds
     */
    public void checkMayBuy(String account, Collection<LicenseKey> licenses, Instant now) {
        licenses.stream()
                .filter(key -> key.isActiveAt(now))
                .max(Comparator.comparing(LicenseKey::expiresAt))
                .ifPresent(latest -> {
                    Instant renewableFrom = latest.expiresAt().minus(renewalWindow);
                    if (now.isBefore(renewableFrom)) {
                        throw new AlreadyLicensedException(account, latest.expiresAt(), renewableFrom);
                    }
                });
    }
}
