package org.awpt.adapters.discord;

import java.util.Objects;
import org.awpt.application.audit.AuditUseCase;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.lockdown.LockdownUseCase;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.application.robux.RobuxPurchaseUseCase;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.storefront.StorefrontUseCase;
import org.awpt.application.support.KeyRequestUseCase;
import org.awpt.application.ticket.PurchaseTicketUseCase;

/**
 * Every use case the bot calls, with the shop's settings.
 *
 * @param settings      the shop's settings
 * @param tickets       purchase tickets
 * @param catalog       purchase catalog
 * @param robux         Robux purchases
 * @param manual        manual payments
 * @param storefront    storefront hand-offs
 * @param delivery      key delivery and "my licenses"
 * @param inventory     the key inventory
 * @param keyRequests   support key requests
 * @param lockdown      lockdowns
 * @param audit         the audit log
 */
public record UseCases(ShopSettings settings, PurchaseTicketUseCase tickets, PurchaseCatalogUseCase catalog,
        RobuxPurchaseUseCase robux, ManualPaymentUseCase manual, StorefrontUseCase storefront,
        DeliveryUseCase delivery, InventoryUseCase inventory, KeyRequestUseCase keyRequests,
        LockdownUseCase lockdown, AuditUseCase audit) {
    /** Checks every part is present. */
    public UseCases {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(robux, "robux");
        Objects.requireNonNull(manual, "manual");
        Objects.requireNonNull(storefront, "storefront");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(keyRequests, "keyRequests");
        Objects.requireNonNull(lockdown, "lockdown");
        Objects.requireNonNull(audit, "audit");
    }
}
