package org.awpt.adapters.roblox.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code GET apis.roblox.com/game-passes/v1/game-passes/{id}/product-info}, whose
 * fields are PascalCase. Only the fields the shop reads are kept; the others are ignored.
 *
 * @param targetId     the gamepass id
 * @param productType  {@code Game Pass}
 * @param name         the gamepass's name
 * @param priceInRobux its price, {@code null} when not priced
 * @param isForSale    whether it can be bought
 */
public record GamePassProductInfo(
        @JsonProperty("TargetId") Long targetId,
        @JsonProperty("ProductType") String productType,
        @JsonProperty("Name") String name,
        @JsonProperty("PriceInRobux") Long priceInRobux,
        @JsonProperty("IsForSale") Boolean isForSale) {
}
