package org.awpt.application.purchase;

import java.util.Objects;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;
import org.awpt.domain.pricing.GamePass;
import org.awpt.domain.stock.StockStatus;

/** The catalog and the start of a purchase, from the shop's settings, stock and lockdowns. */
public final class PurchaseCatalogService implements PurchaseCatalogUseCase {
    private final ShopSettings settings;
    private final PurchaseGuard guard;
    private final PaymentSetup setup;

    /** A catalog of these settings, checked by this guard. */
    public PurchaseCatalogService(ShopSettings settings, PurchaseGuard guard) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.setup = new PaymentSetup(settings);
    }

    @Override
    public PurchaseCatalog catalog() {
        var types = settings.types().all().stream().map(type -> {
            StockStatus stock = guard.stock(type.code());
            return new TypeOffer(type, settings.prices().pricesOf(type.code()), stock,
                    stock.level().allowsNewPurchases());
        }).toList();
        var methods = settings.methods().all().stream()
                .map(method -> new MethodOffer(method, guard.lockdownOf(method.code()).orElse(null),
                        setup.typesOf(method)))
                .filter(offer -> !offer.types().isEmpty())
                .toList();
        return new PurchaseCatalog(types, methods, setup.missing());
    }

    @Override
    public PurchaseStart start(StartPurchase cmd) {
        LicenseType type = settings.types().require(cmd.type());
        PaymentMethod method = settings.methods().require(cmd.methodCode());
        if (!setup.offers(method, type.code())) {
            throw new InvalidInputException("payment method", "one this shop is set up to take for "
                    + type.displayName());
        }
        guard.requireNewPurchase(cmd.requester().userId(), type.code(), method.code(), cooldownOf(method.kind()));
        var prices = settings.prices().pricesOf(type.code());
        return switch (method.kind()) {
            case ROBUX -> new PurchaseStart(type, method, gamePassLink(type), null, prices);
            case STOREFRONT -> new PurchaseStart(type, method, requireLink(type, method), null, prices);
            case MANUAL -> new PurchaseStart(type, method, null, method.details(), prices);
        };
    }

    /** The cooldown a method's verification is subject to; storefronts verify elsewhere. */
    private static CooldownAction cooldownOf(PaymentMethodKind kind) {
        return switch (kind) {
            case ROBUX -> CooldownAction.ROBUX_VERIFICATION;
            case MANUAL -> CooldownAction.MANUAL_PAYMENT;
            case STOREFRONT -> null;
        };
    }

    /** A Robux method is offered only for a type with a gamepass: buyers purchase that one. */
    private String gamePassLink(LicenseType type) {
        return settings.gamePasses().forType(type.code()).map(GamePass::url).orElseThrow();
    }

    private static String requireLink(LicenseType type, PaymentMethod method) {
        return method.linkFor(type.code()).orElseThrow(
                () -> new InvalidInputException("license type", "a type sold with " + method.displayName()));
    }
}
