package org.awpt.bootstrap.config;

import org.awpt.adapters.mongo.MongoSettings;
import org.awpt.adapters.roblox.RobloxSettings;

/** Turns the configuration into the settings each adapter takes. */
public final class AdapterSettings {
    private AdapterSettings() {
    }

    /** The Mongo adapter's settings: the server, or the embedded database in the data folder. */
    public static MongoSettings mongo(DatabaseConfig database) {
        return new MongoSettings(database.uri().map(MongoUri::value), database.databaseName(), database.dataDir(),
                null);
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
}
