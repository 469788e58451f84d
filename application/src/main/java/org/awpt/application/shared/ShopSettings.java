package org.awpt.application.shared;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.CooldownRule;
import org.awpt.domain.buyer.BuyerPolicy;
import org.awpt.domain.importing.ImportLimits;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.payment.PaymentMethods;
import org.awpt.domain.payment.ProofPolicy;
import org.awpt.domain.pricing.GamePasses;
import org.awpt.domain.pricing.PriceList;
import org.awpt.domain.stock.StockThresholds;

/**
 * Everything a shop configures that the use cases need.
 *
 * @param types          the license types sold
 * @param prices         their prices
 * @param methods        the payment methods
 * @param gamePasses     the gamepass of each type
 * @param thresholds     stock thresholds
 * @param buyerPolicy    blocklist and renewal window
 * @param proofPolicy    what a proof of payment must be
 * @param importLimits   the largest key file
 * @param access         who is admin and support
 * @param sessionExpiry  how long a manual payment may wait for its proof
 * @param cooldowns      the cooldown rule of each action; actions absent have {@link CooldownRule#defaults()}
 * @param zone           the time zone days are counted in (statistics, charts)
 * @param limits         limits against abuse and mistakes
 */
public record ShopSettings(LicenseTypeCatalog types, PriceList prices, PaymentMethods methods, GamePasses gamePasses,
        StockThresholds thresholds, BuyerPolicy buyerPolicy, ProofPolicy proofPolicy, ImportLimits importLimits,
        AccessPolicy access, Duration sessionExpiry, Map<CooldownAction, CooldownRule> cooldowns, ZoneId zone,
        ShopLimits limits) {

    /** Settings with the default limits. */
    public ShopSettings(LicenseTypeCatalog types, PriceList prices, PaymentMethods methods, GamePasses gamePasses,
            StockThresholds thresholds, BuyerPolicy buyerPolicy, ProofPolicy proofPolicy, ImportLimits importLimits,
            AccessPolicy access, Duration sessionExpiry, Map<CooldownAction, CooldownRule> cooldowns, ZoneId zone) {
        this(types, prices, methods, gamePasses, thresholds, buyerPolicy, proofPolicy, importLimits, access,
                sessionExpiry, cooldowns, zone, ShopLimits.defaults());
    }

    /** Checks every part is present. */
    public ShopSettings {
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(methods, "methods");
        Objects.requireNonNull(gamePasses, "gamePasses");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(buyerPolicy, "buyerPolicy");
        Objects.requireNonNull(proofPolicy, "proofPolicy");
        Objects.requireNonNull(importLimits, "importLimits");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(sessionExpiry, "sessionExpiry");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(limits, "limits");
        cooldowns = cooldowns == null ? Map.of() : Map.copyOf(cooldowns);
        if (sessionExpiry.isNegative() || sessionExpiry.isZero()) {
            throw new IllegalArgumentException("a session expiry is positive");
        }
    }

    /**
     * The specification's shop, with the given access policy; sessions expire after 24 hours; days in
     * UTC. It takes no payment ({@link PaymentMethods#none()}, {@link GamePasses#none()}): where buyers
     * pay is the shop's own, so it always comes from the configuration.
     */
    public static ShopSettings defaults(AccessPolicy access) {
        return new ShopSettings(LicenseTypeCatalog.defaults(), PriceList.defaults(), PaymentMethods.none(),
                GamePasses.none(), StockThresholds.defaults(), BuyerPolicy.defaults(), ProofPolicy.defaults(),
                ImportLimits.defaults(), access, Duration.ofHours(24), Map.of(), ZoneId.of("UTC"));
    }

    /** These settings with another access policy. */
    public ShopSettings withAccess(AccessPolicy newAccess) {
        return new ShopSettings(types, prices, methods, gamePasses, thresholds, buyerPolicy, proofPolicy, importLimits,
                newAccess, sessionExpiry, cooldowns, zone, limits);
    }

    /** These settings with other limits. */
    public ShopSettings withLimits(ShopLimits other) {
        return new ShopSettings(types, prices, methods, gamePasses, thresholds, buyerPolicy, proofPolicy, importLimits,
                access, sessionExpiry, cooldowns, zone, other);
    }

    /** The cooldown rule of an action. */
    public CooldownRule cooldownRule(CooldownAction action) {
        return cooldowns.getOrDefault(action, CooldownRule.defaults());
    }
}
