package org.awpt.bootstrap.guice;

import com.google.inject.Module;
import java.util.List;
import org.awpt.bootstrap.config.AdapterSettings;
import org.awpt.bootstrap.config.AwptConfig;

/**
 * The one place listing which modules make up AWPT for each way of running it. Choices (embedded
 * database or a server, Discord or the console) are made here, never inside a module.
 */
public final class AwptModules {
    private AwptModules() {
    }

    /** The bot: the shop, its database, Roblox and Discord. */
    public static List<Module> production(AwptConfig config) {
        return List.of(
                new ApplicationModule(config.shop()),
                new MongoModule(AdapterSettings.mongo(config.database())),
                new RobloxModule(AdapterSettings.roblox(config.roblox())),
                new DiscordModule(AdapterSettings.discord(config), new DiscordPlaces(config.discord().adminChannelId(),
                        config.discord().guildIds(), config.discord().licensedRoleId(),
                        config.discord().expiryReminder())),
                new LifecycleModule(config.discord().expiryReminder()),
                new StorefrontModule(config.storefronts()));
    }

    /** The key and report commands of the command line: the shop and its database, no Discord. */
    public static List<Module> console(AwptConfig config) {
        return List.of(
                new ApplicationModule(config.shop()),
                new MongoModule(AdapterSettings.mongo(config.database())),
                new RobloxModule(AdapterSettings.roblox(config.roblox())),
                new ConsoleModule());
    }
}
