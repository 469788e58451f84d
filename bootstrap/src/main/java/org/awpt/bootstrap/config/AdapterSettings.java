package org.awpt.bootstrap.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awpt.adapters.discord.runtime.DiscordSettings;
import org.awpt.adapters.discord.runtime.ErrorNoticeTarget;
import org.awpt.adapters.mongo.MongoSettings;
import org.awpt.adapters.roblox.RobloxSettings;
import org.awpt.adapters.sqlite.SqliteSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.AccessPolicy;

/** Turns the configuration into the settings each adapter takes. */
public final class AdapterSettings {
    private AdapterSettings() {
    }

    /**
     * The Mongo adapter's settings: the server, its database and how long to wait for it.
     *
     * @throws IllegalStateException when no MongoDB URI is configured (the shop runs on SQLite)
     */
    public static MongoSettings mongo(DatabaseConfig database) {
        String uri = database.uri().map(MongoUri::value)
                .orElseThrow(() -> new IllegalStateException("no MongoDB URI is configured"));
        return new MongoSettings(uri, database.databaseName(), database.connectTimeout());
    }

    /** The SQLite adapter's settings: the file in the data folder, synced as configured. */
    public static SqliteSettings sqlite(DatabaseConfig database) {
        SqliteSettings defaults = SqliteSettings.defaults(database.dataDir().toAbsolutePath());
        return new SqliteSettings(defaults.dataDirectory(), database.synchronous(), defaults.busyTimeout());
    }

    /** The Roblox adapter's settings: its addresses, timeouts and retries; the rest are the adapter's defaults. */
    public static RobloxSettings roblox(RobloxConfig roblox) {
        RobloxSettings d = RobloxSettings.defaults();
        return new RobloxSettings(roblox.usersBaseUrl().toString(), roblox.inventoryBaseUrl().toString(),
                roblox.gamePassesBaseUrl().toString(), roblox.connectTimeout(), roblox.readTimeout(),
                roblox.maxRetries() + 1, d.initialBackoff(), d.maxBackoff(), d.maxRetryAfterWait(),
                d.outageRetryAfter(), d.userCacheTtl(), d.circuitFailureRatePercent(), d.circuitMinimumCalls(),
                d.circuitOpenDuration());
    }

    /** Where the staff are told of failures the bot did not expect, if anywhere. */
    public static Optional<ErrorNoticeTarget> errorNotices(DiscordConfig discord) {
        ErrorNoticesConfig notices = discord.errorNotices();
        return notices.webhookUrl().<ErrorNoticeTarget>map(url -> new ErrorNoticeTarget.Webhook(url.reveal()))
                .or(() -> notices.channelId().map(ErrorNoticeTarget.Channel::new));
    }

    /** Handler threads of the bot. */
    static final int HANDLER_THREADS = 8;
    /** Interactions waiting for a handler thread before new ones are refused. */
    static final int HANDLER_QUEUE = 200;

    /**
     * What {@code awpt run} needs that other commands do not, each with how to set it; empty when
     * nothing is missing. Only the token: without servers commands are registered globally, without
     * a ticket category tickets are private channels at the top of the server.
     */
    public static List<String> missingForTheBot(AwptConfig config) {
        List<String> missing = new ArrayList<>();
        DiscordConfig discord = config.discord();
        if (discord.token().isEmpty()) {
            missing.add("No Discord bot token. Set AWPT_DISCORD_TOKEN=<token> (or \"token\" in config.json)."
                    + " README.md, \"Get a bot token\", shows where to find it.");
        }
        return missing;
    }

    /**
     * The Discord adapter's settings. Ticket channels are shown to every configured admin and support
     * role and to every admin and support member named by user id.
     *
     * @throws IllegalStateException when {@link #missingForTheBot} is not empty
     */
    public static DiscordSettings discord(AwptConfig config) {
        if (!missingForTheBot(config).isEmpty()) {
            throw new IllegalStateException(String.join(" ", missingForTheBot(config)));
        }
        DiscordConfig discord = config.discord();
        Optional<String> rest = discord.apiBaseUrl().equals(DiscordConfig.DISCORD_API)
                ? Optional.empty() : Optional.of(discord.apiBaseUrl().toString());
        return new DiscordSettings(discord.token().orElseThrow().reveal(),
                discord.guildIds().stream().map(Long::parseLong).toList(), registersGlobally(discord),
                discord.adminChannelId().map(Long::parseLong), discord.ticketCategoryId().map(Long::parseLong),
                ticketRoleIds(config.shop().access()), ticketUserIds(config.shop().access()),
                discord.licensedRoleId().map(Long::parseLong), rest, Optional.empty(), HANDLER_THREADS,
                HANDLER_QUEUE, discord.locale(), discord.messageContentIntent());
    }

    /** Whether slash commands are registered globally: when asked to, or when no server is configured. */
    public static boolean registersGlobally(DiscordConfig discord) {
        return discord.registerCommandsGlobally() || discord.guildIds().isEmpty();
    }

    /** Every admin and support role id (not the reserved server-administrator marker, which is no role). */
    static Set<Long> ticketRoleIds(AccessPolicy access) {
        return Stream.concat(access.adminRoleIds().stream(), access.supportRoleIds().stream())
                .filter(id -> !AccessPolicy.SERVER_ADMINISTRATOR.equals(id)).map(Long::parseLong)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every admin and support member named by user id. */
    static Set<Long> ticketUserIds(AccessPolicy access) {
        return Stream.concat(access.adminUserIds().stream(), access.supportUserIds().stream())
                .map(DiscordUserId::value).collect(Collectors.toUnmodifiableSet());
    }
}
