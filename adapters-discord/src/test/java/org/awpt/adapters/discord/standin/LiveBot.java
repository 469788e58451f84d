package org.awpt.adapters.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import org.awpt.adapters.discord.BotFixture;
import org.awpt.adapters.discord.BotWiring;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.buyer.DiscordTicketChannels;
import org.awpt.adapters.discord.buyer.SessionNotices;
import org.awpt.adapters.discord.buyer.TicketEmbeds;
import org.awpt.adapters.discord.lifecycle.JdaExpiryReminderNotifier;
import org.awpt.adapters.discord.lifecycle.JdaLicensedRoleGateway;
import org.awpt.adapters.discord.notify.ClosedDirectMessages;
import org.awpt.adapters.discord.notify.JdaAdminNotifier;
import org.awpt.adapters.discord.notify.JdaBuyerNotifier;
import org.awpt.adapters.discord.notify.JdaSalesFeed;
import org.awpt.adapters.discord.notify.JdaTicketArchive;
import org.awpt.adapters.discord.notify.TicketStockListener;
import org.awpt.adapters.discord.runtime.DiscordBot;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.DiscordSettings;
import org.awpt.adapters.discord.runtime.SlashCommands;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.fake.InMemoryBuyerLanguageStore;
import org.awpt.adapters.discord.text.BuyerTexts;
import org.awpt.application.Shop;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.fake.InMemoryRobloxCallBudget;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.port.StockListener;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.stock.StockUseCase;
import org.awpt.application.ticket.PurchaseTicketUseCase;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * The real bot ({@link DiscordBot}, {@link BotWiring}, the use cases of a {@link Shop} over the application's
 * in-memory stores) connected through real JDA to a {@link DiscordStandIn}. {@link #restart()} stops
 * the bot and starts a new one over the same stores, as a process restart would.
 */
public final class LiveBot implements AutoCloseable {

    /** Everything that survives a restart: the stores, the clock, the Roblox fake, and Discord itself. */
    public static final class World {
        public final DiscordStandIn discord = DiscordStandIn.start();
        public final StandInGuild guild = discord.addGuild("AWPT Shop");
        public final long ticketCategory = guild.addCategory("tickets");
        public final long adminChannel = guild.addTextChannel("admin");
        public final long shopChannel = guild.addTextChannel("shop");
        public final long licensedRole = guild.addRole("licensed", 0);
        public final StandInUser admin = member("admin");
        public final StandInUser otherAdmin = member("other-admin");
        public final StandInUser buyer = member("buyer");
        public final StandInUser otherBuyer = member("other-buyer");
        /** The application's in-memory stores (the fake Discord operations in it stay unused here). */
        public final BotFixture.Stores stores = new BotFixture.Stores();
        /** The language each user's client last reported (kept across restarts, as the database keeps it). */
        public final InMemoryBuyerLanguageStore languages = new InMemoryBuyerLanguageStore();
        /** The shop's language ({@code shop.locale}). */
        public final Locale locale;
        /** Whether the shop's server is configured; without it the bot runs with nothing but its token. */
        public final boolean shopServerConfigured;
        /** The shop's settings from the defaults: types, prices, methods (kept across restarts). */
        private final java.util.function.UnaryOperator<ShopSettings> shop;
        private int nextKey;

        /** A world whose shop server is configured. */
        public World() {
            this(true);
        }

        private World(boolean shopServerConfigured) {
            this(shopServerConfigured, java.util.function.UnaryOperator.identity());
        }

        private World(boolean shopServerConfigured, java.util.function.UnaryOperator<ShopSettings> shop) {
            this(shopServerConfigured, shop, Locale.ENGLISH);
        }

        private World(boolean shopServerConfigured, java.util.function.UnaryOperator<ShopSettings> shop, Locale locale) {
            this.shopServerConfigured = shopServerConfigured;
            this.shop = shop;
            this.locale = locale;
        }

        /** The configured shop servers: the shop's guild, or none. */
        List<String> configuredGuildIds() {
            return shopServerConfigured ? List.of(Long.toUnsignedString(guild.id())) : List.of();
        }

        private StandInUser member(String name) {
            StandInUser user = discord.addUser(name);
            guild.addMember(user);
            return user;
        }

        /** The shop's access policy: two admins by user id. */
        public AccessPolicy access() {
            return new AccessPolicy(Set.of(new DiscordUserId(admin.id()), new DiscordUserId(otherAdmin.id())),
                    Set.of(), Set.of(), Set.of());
        }

        /** The members who see every ticket channel: the admins named by user id. */
        Set<Long> staffUserIds() {
            return Set.of(admin.id(), otherAdmin.id());
        }

        /** Writes keys of a type straight into the store, as an import would; no bot is told. */
        public void insertKeys(LicenseTypeCode type, int count) {
            stores.keys.insertAll(TestKeys.inStock(nextKey, count, type, stores.clock.instant()));
            nextKey += count;
        }

        /** The domain id of a stand-in user. */
        public static DiscordUserId idOf(StandInUser user) {
            return new DiscordUserId(user.id());
        }
    }

    public final World world;
    /** The shop's language's bundle. */
    public final Messages messages;
    public final ShopSettings settings;
    public final StockUseCase stock;
    /** The inventory use case, for what admins do outside the scenario's Discord steps. */
    public final InventoryUseCase inventory;
    /** The ticket use case, whose rounds (auto-close, channel deletion) a scenario runs as the sweeper would. */
    public final PurchaseTicketUseCase tickets;
    private final DiscordBot bot;
    private final JDA jda;

    private LiveBot(World world) {
        this.world = world;
        messages = Messages.forLocale(world.locale);
        AccessPolicy access = world.access();
        settings = world.shop.apply(ExampleShop.settings(access));
        DiscordStandIn discord = world.discord;
        DiscordSettings discordSettings = new DiscordSettings(discord.token(),
                world.shopServerConfigured ? List.of(world.guild.id()) : List.of(), !world.shopServerConfigured,
                Optional.of(world.adminChannel), Optional.of(world.ticketCategory), Set.of(), world.staffUserIds(),
                Optional.of(world.licensedRole), Optional.of(discord.restBaseUrl()), Optional.of(discord.gatewayUrl()), 4, 100,
                world.locale);
        bot = new DiscordBot(discordSettings);
        Shop[] built = new Shop[1];
        CompletableFuture<JDA> started = CompletableFuture.supplyAsync(() -> {
            try {
                return bot.start(factory -> {
                    DiscordOps ops = factory.ops();
                    List<String> guilds = world.configuredGuildIds();
                    // Buyers' languages are the shop's use case, asked once the shop is built (as DiscordModule does).
                    BuyerTexts texts = new BuyerTexts(messages, buyer -> built[0].buyerLanguages().languageOf(buyer));
                    BuyerViews views = new BuyerViews(texts);
                    SessionNotices notices = new SessionNotices(texts, settings.types(), settings.methods());
                    // The purchase panels need the shop's ticket and catalog use cases: made once the shop is.
                    StockListener[] panels = new StockListener[1];
                    Shop shop = Shop.builder(settings)
                            .licenseKeys(world.stores.keys).paymentSessions(world.stores.sessions)
                            .keyRequests(world.stores.requests).storefrontVisits(world.stores.visits)
                            .onceRegistry(world.stores.once).auditLog(world.stores.audit)
                            .lockdowns(world.stores.lockdowns).cooldowns(world.stores.cooldowns)
                            .buyerLanguages(world.languages)
                            .proofs(world.stores.proofs).purchaseTickets(world.stores.tickets)
                            .ticketChannels(new DiscordTicketChannels(ops, texts))
                            // Transcripts go to the admin channel: no ticket log channel is configured.
                            .ticketArchive(new JdaTicketArchive(ops, texts,
                                    Optional.of(Long.toUnsignedString(world.adminChannel))))
                            .roblox(world.stores.roblox).robloxCallBudget(new InMemoryRobloxCallBudget(
                                    settings.limits().robloxCallsPerBuyer(), settings.limits().robloxCallsPerShop(),
                                    world.stores.clock))
                            .buyerNotifier(new JdaBuyerNotifier(ops, views, notices,
                                    new ClosedDirectMessages(world.stores.clock, ClosedDirectMessages.MEMORY)))
                            .adminNotifier(new JdaAdminNotifier(ops, messages, notices,
                                    Optional.of(Long.toUnsignedString(world.adminChannel)), settings.access().adminUserIds()))
                            .expiryReminders(new JdaExpiryReminderNotifier(ops, texts,
                                    new ClosedDirectMessages(world.stores.clock, ClosedDirectMessages.MEMORY)))
                            .licensedRole(new JdaLicensedRoleGateway(ops, guilds, Long.toUnsignedString(world.licensedRole)))
                            // Sales go to the admin channel: no sales channel is configured.
                            .salesFeed(new JdaSalesFeed(ops, messages, Optional.of(Long.toUnsignedString(world.adminChannel))))
                            .salesLedger(world.stores.sales)
                            .stockListener((changes, current) -> panels[0].stockChanged(changes, current))
                            .reminderLead(Duration.ZERO).clock(world.stores.clock).ids(world.stores.ids)
                            .build();
                    TicketEmbeds embeds = new TicketEmbeds(shop.tickets(), shop.catalog(), ops, views);
                    panels[0] = new TicketStockListener(embeds, bot.handlerPool());
                    built[0] = shop;
                    BotWiring wiring = BotWiring.of(new BotWiring.UseCases(shop.tickets(), shop.catalog(), shop.robux(),
                            shop.manualPayments(), shop.storefronts(), shop.delivery(), shop.inventory(), shop.reports(),
                            shop.keyRequests(), shop.lockdown(), shop.audit(), shop.cooldowns()), texts,
                            Optional.of(shop.buyerLanguages()), settings, ops, embeds, bot.handlerPool(), guilds,
                            world.stores.clock);
                    return List.of(wiring.router(), wiring.uploads(), wiring.deletions(), wiring.activity());
                }, new SlashCommands(messages, List.of("weekly", "monthly"), List.of(), List.of()).all());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        try {
            jda = started.get(DiscordStandIn.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            bot.shutdown();
            throw new AssertionError("The bot did not start against the stand-in; calls:\n" + discord.calls(), e);
        }
        stock = built[0].stock();
        inventory = built[0].inventory();
        tickets = built[0].tickets();
        // As the run command does once the bot is connected: the first count redraws what was drawn before.
        stock.startUp();
    }

    /** Starts the bot in a fresh world. */
    public static LiveBot start() {
        return new LiveBot(new World());
    }

    /** Starts the bot in a fresh world whose shop speaks {@code locale} ({@code shop.locale}). */
    public static LiveBot start(Locale locale) {
        return new LiveBot(new World(true, java.util.function.UnaryOperator.identity(), locale));
    }

    /** Starts the bot in a fresh world whose shop settings are the defaults changed by {@code shop}. */
    public static LiveBot start(java.util.function.UnaryOperator<ShopSettings> shop) {
        return new LiveBot(new World(true, shop));
    }

    /**
     * Starts the bot in a fresh world with nothing but its token: no shop server configured, so commands are
     * registered globally and the shop's server is the bot's only one.
     */
    public static LiveBot startWithOnlyAToken() {
        return new LiveBot(new World(false));
    }

    /** Stops this bot and starts a new one over the same world. */
    public LiveBot restart() {
        return restart(unchanged -> { });
    }

    /**
     * Stops this bot, lets {@code whileStopped} change the world as the command line would (an offline
     * import, say), and starts a new bot over it.
     */
    public LiveBot restart(java.util.function.Consumer<World> whileStopped) {
        bot.shutdown();
        whileStopped.accept(world);
        return new LiveBot(world);
    }

    /** Adds keys of a type to the stock. */
    public LiveBot stock(LicenseTypeCode type, int count) {
        world.insertKeys(type, count);
        stock.refresh();
        return this;
    }

    /** The bot's Discord operations, for what the scenario's other parts (reminders) send. */
    public DiscordOps ops() {
        return bot.ops();
    }

    /** The connected JDA. */
    public JDA jda() {
        return jda;
    }

    @Override
    public void close() {
        bot.shutdown();
        world.discord.close();
    }

    /**
     * Stops the bot, then checks what Discord saw: no request outside the stand-in's routes or Discord's
     * description, no interaction left unanswered, none acknowledged twice or late.
     */
    public void closeAndCheck() {
        DiscordStandIn discord = world.discord;
        close();
        assertThat(discord.unexpectedCalls()).as("requests outside the stand-in's routes or Discord's API description").isEmpty();
        assertThat(discord.unacknowledgedInteractions()).as("interactions left without an answer").isEmpty();
        assertThat(discord.calls("POST", "interactions/.*/callback")).as("interactions acknowledged twice or late")
                .allMatch(call -> call.status() == 200);
    }

    /** The custom id of a component of this action. */
    public static String id(ComponentAction action, String... args) {
        return ComponentId.of(action, args).encode();
    }

    /** Whether the message has a component of this action. */
    public static boolean hasButton(PostedMessage message, ComponentAction action) {
        return message.customIds().stream().anyMatch(id -> id.startsWith("v1:" + action.code()));
    }

    /** The custom id of the message's first component of this action. */
    public static String button(PostedMessage message, ComponentAction action) {
        return message.customIds().stream().filter(id -> id.startsWith("v1:" + action.code())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " button on " + message.json()));
    }
}
