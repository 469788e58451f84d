package org.awpt.bootstrap.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.awpt.adapters.roblox.GamePassCheck;
import org.awpt.adapters.web.CannotListenException;
import org.awpt.adapters.web.HealthServer;
import org.awpt.adapters.web.ReadinessCheck;
import org.awpt.adapters.web.StorefrontWebhooks;
import org.awpt.adapters.web.WebhookServer;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.RobloxGateway;
import org.awpt.application.purchase.PaymentSetup;
import org.awpt.application.stock.StockUseCase;
import org.awpt.application.storefront.StorefrontDeliveryUseCase;
import org.awpt.bootstrap.Assembly;
import org.awpt.bootstrap.Sweepers;
import org.awpt.bootstrap.config.AdapterSettings;
import org.awpt.bootstrap.config.AdminRule;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.config.StorefrontConfig;
import org.awpt.bootstrap.guice.AwptModules;
import org.awpt.bootstrap.guice.DiscordRuntime;
import org.awpt.bootstrap.guice.StorefrontModule;
import org.awpt.bootstrap.health.ShopMetrics;
import org.awpt.bootstrap.store.Store;
import org.awpt.domain.license.LicenseTypeCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code awpt run}: the bot, until the process is stopped. SIGTERM or Ctrl+C stop it gracefully:
 * no new interactions, those in flight finish, Discord disconnects, then the database closes.
 */
@Command(name = "run", description = "Run the bot (the default command).")
final class RunCommand implements Callable<Integer> {
    /** View Channels, Send Messages, Embed Links, Attach Files, Read Message History, Manage Channels, Manage Roles. */
    static final long INVITE_PERMISSIONS = 268_553_232L;
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @ParentCommand
    AwptCommand root;

    /** For picocli. */
    RunCommand() {
    }

    /** {@code awpt} without a subcommand. */
    RunCommand(AwptCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws InterruptedException {
        AwptConfig config = root.config();
        List<String> missing = AdapterSettings.missingForTheBot(config);
        if (!missing.isEmpty()) {
            throw new MissingSettingException(String.join(System.lineSeparator(), missing));
        }
        LOG.info("Starting AWPT on {}", config.database().describe());
        // Only the bot needs to say who its admins are; the console is the local operator.
        LOG.info(AdminRule.describe(config.shop().access()));
        new PaymentSetup(config.shop()).missing().forEach(setting ->
                LOG.warn("Payment setup: {} is not set: {}", setting.key(), setting.what()));
        Store store = Store.open(config.database(), Store.Opening.CREATE, config.shop().types(), Clock.systemUTC());
        Assembly shop;
        try {
            shop = Assembly.start(AwptModules.production(config, store));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        // The hook covers what the signal handlers do not (SIGHUP, System.exit elsewhere); closing twice is a no-op.
        Thread hook = new Thread(shop::close, "awpt-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (StopSignal stop = StopSignal.install()) {
            try {
                start(config, shop);
            } catch (RuntimeException | InterruptedException e) {
                Runtime.getRuntime().removeShutdownHook(hook);
                shop.close();
                throw e;
            }
            LOG.info("AWPT is running; stop it with Ctrl+C or SIGTERM");
            String signal = stop.await();
            LOG.info("Stopping AWPT on SIG{}: finishing interactions in flight, then closing Discord and the database",
                    signal);
            shop.close();
        }
        LOG.info("AWPT stopped");
        return ExitCodes.OK;
    }

    /** A network failure while connecting is the operator's to fix; anything else stays unexpected. */
    private static RuntimeException unreachable(AwptConfig config, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException network) {
                return new CommandFailedException("Cannot reach Discord at " + config.discord().apiBaseUrl() + " ("
                        + network.getClass().getSimpleName() + (network.getMessage() == null ? "" : ": "
                        + network.getMessage()) + "). Check the network, DNS and any proxy, then start again;"
                        + " awpt doctor checks the connection.", e);
            }
        }
        return e;
    }

    private static void start(AwptConfig config, Assembly shop) throws InterruptedException {
        StockUseCase stock = shop.get(StockUseCase.class);
        PrometheusMeterRegistry metrics = ShopMetrics.registry(stock, config.shop().types().codes());
        if (config.health().enabled()) {
            LicenseKeyRepository keys = shop.get(LicenseKeyRepository.class);
            LicenseTypeCode first = config.shop().types().codes().get(0);
            DiscordRuntime discord = shop.get(DiscordRuntime.class);
            HealthServer health;
            try {
                health = HealthServer.start(config.health().port(), metrics,
                        List.of(new ReadinessCheck("database", () -> keys.countAvailable(first) >= 0),
                                new ReadinessCheck("discord", discord::isConnected)));
            } catch (CannotListenException portTaken) {
                // The message names the port and the settings that move or disable it.
                throw new CommandFailedException(portTaken.getMessage(), portTaken);
            }
            shop.closeFirst(health);
            LOG.info("Health and metrics on http://127.0.0.1:{}/healthz and /metrics", health.port());
        }
        StorefrontConfig storefronts = config.storefronts();
        if (storefronts.listening()) {
            WebhookServer webhooks;
            try {
                webhooks = WebhookServer.start(storefronts.bindAddress(), storefronts.port(),
                        shop.get(StorefrontModule.StorefrontWebhookList.class).webhooks(),
                        new StorefrontWebhooks(shop.get(StorefrontDeliveryUseCase.class), metrics));
            } catch (CannotListenException portTaken) {
                throw new CommandFailedException(portTaken.getMessage() + "; set storefronts.listener.port or"
                        + " AWPT_WEBHOOK_PORT", portTaken);
            }
            shop.closeFirst(webhooks);
            LOG.info("Storefront webhooks on http://{}:{}/webhooks/{{{}}}", storefronts.bindAddress(), webhooks.port(),
                    String.join(",", storefronts.providers().stream().map(StorefrontConfig.Provider::name).toList()));
        }
        Sweepers sweepers = shop.get(Sweepers.class);
        shop.closeFirst(sweepers);
        DiscordRuntime discord = shop.get(DiscordRuntime.class);
        shop.closeFirst(discord);
        try {
            discord.start();
        } catch (RuntimeException e) {
            throw unreachable(config, e);
        }
        stock.startUp();
        // Every round (RoundsModule) starts once the levels are established; the watch for other writers was
        // made with the injector, before them, so nothing written meanwhile is missed.
        sweepers.start(metrics);
        config.discord().clientId().ifPresent(id -> LOG.info("Invite link: https://discord.com/oauth2/authorize"
                + "?client_id={}&scope=bot+applications.commands&permissions={}", id, INVITE_PERMISSIONS));
        if (config.roblox().checkGamePassesAtStartUp()) {
            new GamePassCheck(shop.get(RobloxGateway.class))
                    .warnings(config.shop().gamePasses(), config.shop().prices())
                    .forEach(warning -> LOG.warn("Gamepass check: {}", warning));
        }
    }
}
