package org.awpt.domain.event;

/** Something that happened in the shop that other parts react to; a value, never a command. */
public sealed interface ShopEvent permits SaleCompleted, StockChanged, StockLevelsChanged, KeyDelivered,
        LicenseExpired {
}
