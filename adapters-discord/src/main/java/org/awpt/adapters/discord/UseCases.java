package org.awpt.adapters.discord;

import java.util.Objects;
import org.awpt.application.audit.AuditUseCase;
import org.awpt.application.cooldown.CooldownUseCase;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.lockdown.LockdownUseCase;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.application.report.SalesReportUseCase;
import org.awpt.application.robux.RobuxPurchaseUseCase;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.storefront.StorefrontUseCase;
import org.awpt.application.support.KeyRequestUseCase;

/**
 * Every use case the bot calls, with the shop's settings and authorization.
 *
 * @param settings      the shop's settings
 * @param authorization who holds which role
 * @param catalog       purchase catalog
 * @param robux         Robux purchases
 * @param manual        manual payments
 * @param storefront    storefront hand-offs
 * @param delivery      key delivery and "my licenses"
 * @param inventory     the key inventory
 * @param reports       transactions and revenue reports
 * @param keyRequests   support key requests
 * @param lockdown      lockdowns
 * @param audit         the audit log
 * @param cooldowns     buyers' cooldowns
 */
public record UseCases(ShopSettings settings, Authorization authorization, PurchaseCatalogUseCase catalog,
        RobuxPurchaseUseCase robux, ManualPaymentUseCase manual, StorefrontUseCase storefront,
        DeliveryUseCase delivery, InventoryUseCase inventory, SalesReportUseCase reports, KeyRequestUseCase keyRequests,
        LockdownUseCase lockdown, AuditUseCase audit, CooldownUseCase cooldowns) {
    /** Checks every part is present. */
    public UseCases {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(robux, "robux");
        Objects.requireNonNull(manual, "manual");
        Objects.requireNonNull(storefront, "storefront");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(keyRequests, "keyRequests");
        Objects.requireNonNull(lockdown, "lockdown");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(cooldowns, "cooldowns");
    }
}
