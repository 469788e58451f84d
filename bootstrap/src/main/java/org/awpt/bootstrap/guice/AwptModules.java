package org.awpt.bootstrap.guice;

import com.google.inject.Module;
import java.util.List;
import org.awpt.bootstrap.config.AdapterSettings;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.store.Store;

/**
 * The one place listing which modules make up AWPT for each way of running it. Choices (which
 * database, Discord or the console) are made here or when the {@link Store} is opened, never inside
 * a module.
 */
public final class AwptModules {
    private AwptModules() {
    }

    /** The bot: the shop, its opened database, Roblox and Discord. */
    public static List<Module> production(AwptConfig config, Store store) {
        return List.of(
                application(config),
                new StoreModule(store),
                new RobloxModule(AdapterSettings.roblox(config.roblox())),
                new DiscordModule(AdapterSettings.discord(config), new DiscordPlaces(config.discord().adminChannelId(),
                        config.discord().salesFeedChannel(), config.discord().ticketLogChannel(),
                        config.discord().guildIds(), config.discord().licensedRoleId(),
                        config.discord().expiryReminder(), AdapterSettings.errorNotices(config.discord()),
                        config.discord().errorNotices().interval())),
                new StorefrontModule(config.storefronts()),
                new RoundsModule(),
                new RetentionModule(config.retention()));
    }

    private static ApplicationModule application(AwptConfig config) {
        return new ApplicationModule(config.shop(), config.storefronts().catalog(), config.discord().expiryReminder(),
                config.tickets());
    }

    /** The key and report commands of the command line: the shop and its opened database, no Discord. */
    public static List<Module> console(AwptConfig config, Store store) {
        return List.of(
                application(config),
                new StoreModule(store),
                new RobloxModule(AdapterSettings.roblox(config.roblox())),
                new ConsoleModule());
    }
}
