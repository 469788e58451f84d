package org.awpt.bootstrap.config;

import java.util.List;
import java.util.Objects;
import org.awpt.application.retention.RetentionPolicy;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.ticket.TicketPolicy;

/**
 * The whole configuration, read and checked. Its {@code toString} shows no secret.
 *
 * @param discord   Discord connection and places
 * @param database  the database
 * @param shop      the shop's settings, as the use cases take them
 * @param roblox    Roblox's APIs
 * @param health    the health endpoint
 * @param logFormat the console log format
 * @param warnings  things worth telling the operator that do not stop the start (unknown keys...)
 * @param storefronts the storefronts' dynamic-delivery webhooks and their listener
 * @param retention how long proofs, settled sessions, storefront visits and audit events are kept
 * @param tickets   when purchase tickets close by themselves, and how soon a closed ticket's channel goes
 */
public record AwptConfig(DiscordConfig discord, DatabaseConfig database, ShopSettings shop, RobloxConfig roblox,
        HealthConfig health, LogFormat logFormat, List<String> warnings, StorefrontConfig storefronts,
        RetentionPolicy retention, TicketPolicy tickets) {
    /** Checks every part is present. */
    public AwptConfig {
        Objects.requireNonNull(discord, "discord");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(roblox, "roblox");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(logFormat, "logFormat");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(storefronts, "storefronts");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(tickets, "tickets");
    }
}
