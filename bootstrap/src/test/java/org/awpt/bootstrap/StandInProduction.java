package org.awpt.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.awpt.adapters.discord.runtime.DiscordBot;
import org.awpt.adapters.discord.runtime.DiscordSettings;
import org.awpt.adapters.discord.standin.DiscordStandIn;
import org.awpt.adapters.discord.standin.StandInGuild;
import org.awpt.adapters.discord.standin.StandInUser;
import org.awpt.application.stock.StockUseCase;
import org.awpt.bootstrap.config.AdapterSettings;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.config.ConfigLoader;
import org.awpt.bootstrap.guice.AwptModules;
import org.awpt.bootstrap.guice.DiscordRuntime;
import org.awpt.bootstrap.store.Store;

/**
 * The production assembly against the {@link DiscordStandIn} and a MockWebServer Roblox: the config.json
 * that points at them (SQLite in a data folder), and {@link AwptModules#production} started from it with
 * the real bot connected through real JDA, as {@code awpt run} does. Used by {@link ProductionScenariosTest}
 * and the interaction latency benchmark.
 *
 * <p>The configuration has a key for Discord's REST address ({@code discordApiBaseUrl}, used as is) but
 * none for the gateway, and the stand-in accepts only its own token, which is not shaped like a real one
 * (so the config loader refuses it). The one binding replaced is therefore the bot's ({@link DiscordBot},
 * built from the configured {@link DiscordSettings} with the stand-in's token and gateway); the clock is the
 * other, so a scenario can move time forward.
 */
public final class StandInProduction {
    /** A token shaped like Discord's, for the config loader; the bot uses the stand-in's. */
    public static final String CONFIG_TOKEN = "MTE5ODc2NTQzMjEwOTg3NjU0.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";

    /**
     * Where the shop lives in the stand-in's guild.
     *
     * @param guild          the shop's server
     * @param ticketCategory the category ticket channels are created in
     * @param adminChannel   where payments to review are posted
     * @param licensedRole   the role license holders get
     * @param admins         the shop's admins (allowedUserIds)
     */
    public record Places(StandInGuild guild, long ticketCategory, long adminChannel, long licensedRole,
            List<StandInUser> admins) {
        /** Copies the admins. */
        public Places {
            admins = List.copyOf(admins);
        }
    }

    private StandInProduction() {
    }

    /**
     * The config.json, as a mutable map, of a shop at these places with its data in {@code dataDir}, Roblox at
     * {@code robloxUrl} and the payment methods and gamepasses of config.example.json; {@code "shop"} is a
     * mutable map too, for settings a caller adds.
     */
    public static Map<String, Object> config(DiscordStandIn discord, Places places, String robloxUrl, Path dataDir) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("token", CONFIG_TOKEN);
        config.put("guildIds", List.of(Long.toUnsignedString(places.guild().id())));
        config.put("allowedUserIds", places.admins().stream().map(StandInUser::idString).toList());
        config.put("ticketCategoryId", Long.toUnsignedString(places.ticketCategory()));
        config.put("adminChannelId", Long.toUnsignedString(places.adminChannel()));
        config.put("licensedRoleId", Long.toUnsignedString(places.licensedRole()));
        config.put("discordApiBaseUrl", discord.restBaseUrl());
        config.put("dataDir", dataDir.toString());
        config.put("roblox", Map.of("usersBaseUrl", robloxUrl, "inventoryBaseUrl", robloxUrl,
                "gamePassesBaseUrl", robloxUrl, "checkGamePassesAtStartUp", false));
        config.put("health", Map.of("enabled", false));
        // The shop takes payments as config.example.json's example does (the code has no payment default).
        JsonNode example = example();
        Map<String, Object> shop = new LinkedHashMap<>();
        shop.put("paymentMethods", example.path("shop").path("paymentMethods"));
        shop.put("gamepasses", example.path("shop").path("gamepasses"));
        config.put("shop", shop);
        return config;
    }

    /** Writes the configuration as {@code dir/config.json}. */
    public static void write(Path dir, Map<String, Object> config) {
        try {
            Files.writeString(dir.resolve(ConfigLoader.DEFAULT_FILE), new ObjectMapper().writeValueAsString(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the production injector from {@code dir/config.json} with this clock, connects the bot to the
     * stand-in (bounded by {@link DiscordStandIn#WAIT}) and starts the stock watch.
     */
    public static Assembly start(Path dir, DiscordStandIn discord, Clock clock) {
        AwptConfig config = new ConfigLoader(Map.of(), dir).load();
        DiscordSettings configured = AdapterSettings.discord(config);
        if (!configured.restBaseUrl().equals(Optional.of(discord.restBaseUrl()))) {
            throw new IllegalStateException("discordApiBaseUrl is not the stand-in's: " + configured.restBaseUrl());
        }
        DiscordSettings standIn = new DiscordSettings(discord.token(), configured.guildIds(),
                configured.globalCommands(), configured.adminChannelId(), configured.ticketCategoryId(),
                configured.ticketRoleIds(), configured.ticketUserIds(), configured.licensedRoleId(),
                configured.restBaseUrl(), Optional.of(discord.gatewayUrl()), configured.handlerThreads(),
                configured.handlerQueue(), configured.locale());
        Module testBindings = new AbstractModule() {
            @Override
            protected void configure() {
                bind(Clock.class).toInstance(clock);
            }

            @Provides
            @Singleton
            DiscordBot bot() {
                return new DiscordBot(standIn);
            }
        };
        Store store = Store.open(config.database(), Store.Opening.CREATE, config.shop().types(), clock);
        Assembly started;
        try {
            started = Assembly.start(List.of(Modules.override(AwptModules.production(config, store))
                    .with(testBindings)));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        DiscordRuntime runtime = started.get(DiscordRuntime.class);
        started.closeFirst(runtime);
        CompletableFuture<Void> connected = CompletableFuture.runAsync(() -> {
            try {
                runtime.start();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        try {
            connected.get(DiscordStandIn.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            started.close();
            throw new AssertionError("The bot did not start against the stand-in; calls:\n" + discord.calls(), e);
        }
        started.get(StockUseCase.class).startUp();
        return started;
    }

    /** config.example.json of the repository, from its root or from a module's folder (Maven's working directory). */
    private static JsonNode example() {
        Path file = Files.exists(Path.of("config.example.json")) ? Path.of("config.example.json")
                : Path.of("..", "config.example.json");
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.toAbsolutePath(), e);
        }
    }
}
