package org.awpt.application.roblox;

/**
 * A gamepass's product information.
 *
 * @param id           the gamepass id
 * @param name         its name
 * @param priceInRobux its price, or {@code null} when not priced
 * @param forSale      whether it can be bought
 */
public record GamePassInfo(long id, String name, Long priceInRobux, boolean forSale) {
}
