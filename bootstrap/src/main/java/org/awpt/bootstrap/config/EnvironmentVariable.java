package org.awpt.bootstrap.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The environment variables that override {@code config.json}, each with the key it replaces.
 * A value set here wins over the file; the file's aliases of that key are dropped.
 */
public enum EnvironmentVariable {
    /** The Discord bot token. */
    AWPT_DISCORD_TOKEN("token", Kind.TEXT),
    /** The Discord application (client) id. */
    AWPT_DISCORD_CLIENT_ID("clientId", Kind.TEXT),
    /** Discord's REST API address (a proxy or a local stand-in). */
    AWPT_DISCORD_API_URL("discordApiBaseUrl", Kind.TEXT),
    /** Servers to register commands in, comma-separated. */
    AWPT_GUILD_IDS("guildIds", Kind.LIST, "guildId"),
    /** Admin user ids, comma-separated. */
    AWPT_ADMIN_USER_IDS("allowedUserIds", Kind.LIST),
    /** Admin role ids, comma-separated. */
    AWPT_ADMIN_ROLE_IDS("adminRoleIds", Kind.LIST, "adminRoleId"),
    /** Support role ids, comma-separated. */
    AWPT_SUPPORT_ROLE_IDS("supportRoleIds", Kind.LIST, "supportRoleId"),
    /** The category purchase tickets open under. */
    AWPT_TICKET_CATEGORY_ID("ticketCategoryId", Kind.TEXT),
    /** The channel admins are notified in. */
    AWPT_ADMIN_CHANNEL_ID("adminChannelId", Kind.TEXT),
    /** The channel every completed sale is posted in (default: the admin channel). */
    AWPT_SALES_CHANNEL_ID("salesChannelId", Kind.TEXT),
    /** The channel closed tickets' transcripts are posted in (default: the admin channel). */
    AWPT_TICKET_LOG_CHANNEL_ID("ticketLogChannelId", Kind.TEXT),
    /** Request the privileged Message Content intent, for ticket transcripts (true or false). */
    AWPT_MESSAGE_CONTENT_INTENT("messageContentIntent", Kind.BOOLEAN),
    /** The channel the staff are told of unexpected failures in. */
    AWPT_ERROR_CHANNEL_ID("errorNotices.channelId", Kind.TEXT),
    /** The Discord webhook the staff are told of unexpected failures through (a secret: never shown). */
    AWPT_ERROR_WEBHOOK_URL("errorNotices.webhookUrl", Kind.TEXT),
    /** The MongoDB connection string; unset for SQLite in the data folder. */
    AWPT_MONGODB_URI("mongoURI", Kind.TEXT, "mongodbUri"),
    /** The database name on the MongoDB server. */
    AWPT_MONGODB_DATABASE("mongoDatabase", Kind.TEXT),
    /** The data folder (SQLite's file; the command line writes no file in it). */
    AWPT_DATA_DIR("dataDir", Kind.TEXT),
    /** How SQLite syncs commits: FULL or NORMAL. */
    AWPT_SQLITE_SYNCHRONOUS("sqlite.synchronous", Kind.TEXT),
    /** The time zone days are counted in. */
    AWPT_TIME_ZONE("shop.timeZone", Kind.TEXT),
    /** The shop's language (a shipped message bundle: en, fil). */
    AWPT_LOCALE("shop.locale", Kind.TEXT),
    /** Whether the health endpoint runs. */
    AWPT_HEALTH_ENABLED("health.enabled", Kind.BOOLEAN),
    /** The health endpoint's port on 127.0.0.1. */
    AWPT_HEALTH_PORT("health.port", Kind.NUMBER),
    /** {@code text} or {@code json} console logs (also read by logback.xml before the file is). */
    AWPT_LOG_FORMAT("logging.format", Kind.TEXT),
    /** Where the storefront webhook listener binds. */
    AWPT_WEBHOOK_BIND_ADDRESS("storefronts.listener.bindAddress", Kind.TEXT),
    /** The storefront webhook listener's port. */
    AWPT_WEBHOOK_PORT("storefronts.listener.port", Kind.NUMBER),
    /** Sellix's webhook secret (a secret: never shown). */
    AWPT_SELLIX_SECRET("storefronts.sellix.secret", Kind.TEXT),
    /** SellAuth's webhook secret (a secret: never shown). */
    AWPT_SELLAUTH_SECRET("storefronts.sellauth.secret", Kind.TEXT),
    /** Sell.app's webhook secret (a secret: never shown). */
    AWPT_SELLAPP_SECRET("storefronts.sellapp.secret", Kind.TEXT);

    /** The variable naming the configuration file (default {@code ./config.json}); not a key. */
    public static final String AWPT_CONFIG = "AWPT_CONFIG";

    private enum Kind { TEXT, LIST, NUMBER, BOOLEAN }

    private final String path;
    private final Kind kind;
    private final List<String> aliases;

    EnvironmentVariable(String path, Kind kind, String... aliases) {
        this.path = path;
        this.kind = kind;
        this.aliases = Arrays.asList(aliases);
    }

    /** The configuration key it overrides, as a JSON path. */
    public String path() {
        return path;
    }

    /** Writes the value into the tree at its path, dropping the key's aliases. */
    void apply(ObjectNode root, String value, Problems problems) {
        String[] parts = path.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.get(parts[i]) instanceof ObjectNode child ? child : parent.putObject(parts[i]);
        }
        String key = parts[parts.length - 1];
        aliases.forEach(parent::remove);
        String trimmed = value.strip();
        switch (kind) {
            case LIST -> {
                ArrayNode list = parent.putArray(key);
                Arrays.stream(trimmed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(list::add);
            }
            case NUMBER -> {
                try {
                    parent.put(key, Long.parseLong(trimmed));
                } catch (NumberFormatException e) {
                    parent.put(key, trimmed);
                }
            }
            case BOOLEAN -> {
                String lower = trimmed.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("false")) {
                    parent.put(key, Boolean.parseBoolean(lower));
                } else {
                    parent.put(key, trimmed);
                }
            }
            default -> parent.set(key, JsonNodeFactory.instance.textNode(trimmed));
        }
        problems.sourcedFrom(path, name());
        if (kind == Kind.LIST) {
            for (int i = 0; i < parent.get(key).size(); i++) {
                problems.sourcedFrom(path + "[" + i + "]", name());
            }
        }
    }
}
