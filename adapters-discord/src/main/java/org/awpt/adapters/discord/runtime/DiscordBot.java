package org.awpt.adapters.discord.runtime;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: connects to Discord with the settings, registers the slash commands (per server
 * or globally) and routes interactions. Handlers run on a bounded pool, never on JDA's threads;
 * {@link #shutdown()} drains that pool before it closes JDA, so handlers in flight can still answer.
 */
public final class DiscordBot implements AutoCloseable {
    /** How long handlers in flight, then JDA, get to finish when the bot stops. */
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

    private final DiscordSettings settings;
    private final ThreadPoolExecutor handlers;
    private final LazyOps ops = new LazyOps();
    private volatile JDA jda;

    /** A bot with these settings; {@link #start} connects it. */
    public DiscordBot(DiscordSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        AtomicInteger count = new AtomicInteger();
        this.handlers = new ThreadPoolExecutor(settings.handlerThreads(), settings.handlerThreads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.handlerQueue()), runnable -> {
                    Thread thread = new Thread(runnable, "awpt-handler-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** The bounded pool handlers run on (give it to the {@link InteractionRouter}). */
    public ThreadPoolExecutor handlerPool() {
        return handlers;
    }

    /**
     * The gateway intents the bot needs: server messages (without the privileged message content
     * intent, a message shows its attachments to the bot when it mentions the bot, which the
     * "Upload proof" fallback asks for), members when a licensed role is kept, and message content when
     * asked for (ticket transcripts then hold what people wrote).
     */
    public static EnumSet<GatewayIntent> intents(DiscordSettings settings) {
        EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        if (settings.licensedRoleId().isPresent()) {
            intents.add(GatewayIntent.GUILD_MEMBERS);
        }
        if (settings.messageContent()) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        }
        return intents;
    }

    /**
     * The Discord operations, usable once {@link #start} connected: give them to the notifiers and
     * handlers before starting (the use cases need the notifiers, the router the use cases).
     */
    public DiscordOps ops() {
        return ops;
    }

    /**
     * Whether the bot is connected to Discord now (JDA's status is {@link JDA.Status#CONNECTED}): false
     * before {@link #start} finished, while JDA reconnects, and once it shuts down.
     */
    public boolean isConnected() {
        JDA current = jda;
        return current != null && current.getStatus() == JDA.Status.CONNECTED;
    }

    /**
     * Connects, waits until ready, and registers the commands.
     *
     * @param listeners the event listeners (the {@link InteractionRouter})
     * @param commands  the commands to register
     */
    public JDA start(List<? extends EventListener> listeners, List<SlashCommandData> commands)
            throws InterruptedException {
        // No message of the bot pings anyone: it echoes what buyers and staff typed (names, notes, reasons),
        // and "@everyone" or a role mention in there must stay text. JDA then sends allowed_mentions.parse = [].
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        JDABuilder builder = JDABuilder.createLight(settings.token(), intents(settings))
                .setMemberCachePolicy(MemberCachePolicy.NONE);
        settings.restBaseUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        settings.gatewayUrl().ifPresent(url -> {
            builder.setSessionController(new ConcurrentSessionController() {
                @Override
                public String getGateway() {
                    return url;
                }
            });
            builder.setCompression(Compression.NONE);
        });
        builder.addEventListeners(listeners.toArray());
        JDA connected = builder.build();
        ops.delegate = new JdaDiscordOps(connected, settings);
        connected.awaitReady();
        this.jda = connected;
        register(connected, commands);
        LOG.info("bot ready as {} in {} servers", connected.getSelfUser().getName(), connected.getGuilds().size());
        return connected;
    }

    /**
     * Connects as {@link #start(List, List)} does, building the listeners from the operations first.
     *
     * @param listeners builds the event listeners from the bot's operations
     * @param commands  the commands to register
     */
    public JDA start(Function<JdaDiscordOpsFactory, List<? extends EventListener>> listeners,
            List<SlashCommandData> commands) throws InterruptedException {
        return start(listeners.apply(new JdaDiscordOpsFactory(ops)), commands);
    }

    private void register(JDA connected, List<SlashCommandData> commands) {
        if (settings.globalCommands()) {
            LOG.info("registering commands globally: Discord can take up to an hour to show them; set guildIds"
                    + " (AWPT_GUILD_IDS) to your server's id to register them there instantly");
            connected.updateCommands().addCommands(commands).queue(
                    done -> LOG.info("registered {} global commands", done.size()),
                    failure -> LOG.error("could not register global commands", failure));
            return;
        }
        for (Long guildId : settings.guildIds()) {
            Guild guild = connected.getGuildById(guildId);
            if (guild == null) {
                LOG.warn("not a member of configured server {}: commands not registered there", guildId);
                continue;
            }
            guild.updateCommands().addCommands(commands).queue(
                    done -> LOG.info("registered {} commands in server {}", done.size(), guildId),
                    failure -> LOG.error("could not register commands in server {}", guildId, failure));
        }
    }

    /** Stops gracefully, giving handlers and JDA {@link #SHUTDOWN_GRACE} each; see {@link #shutdown(Duration)}. */
    public void shutdown() {
        shutdown(SHUTDOWN_GRACE);
    }

    /**
     * Stops in the order that loses no answer: stop taking interactions (the router answers new ones
     * "restarting"), let the handlers in flight finish and send their replies (up to {@code grace}),
     * then close JDA (waiting up to {@code grace} for its requests, then forcing it).
     *
     * @param grace how long handlers in flight, then JDA, may take to finish
     */
    public void shutdown(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        handlers.shutdown();
        JDA current = jda;
        try {
            if (!handlers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} handlers still running after {}; interrupting them", handlers.getActiveCount(), grace);
                handlers.shutdownNow();
            }
            if (current != null) {
                current.shutdown();
                if (!current.awaitShutdown(grace)) {
                    LOG.warn("Discord connection still closing after {}; forcing it", grace);
                    current.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handlers.shutdownNow();
            if (current != null) {
                current.shutdownNow();
            }
        }
    }

    @Override
    public void close() {
        shutdown();
    }

    /** Hands the bot's operations to whoever builds the listeners. */
    public static final class JdaDiscordOpsFactory {
        private final DiscordOps ops;

        JdaDiscordOpsFactory(DiscordOps ops) {
            this.ops = ops;
        }

        /** The operations (usable once the bot is connected). */
        public DiscordOps ops() {
            return ops;
        }
    }

    /** Operations that wait for JDA to exist. */
    private static final class LazyOps implements DiscordOps {
        private volatile DiscordOps delegate;

        private DiscordOps d() {
            DiscordOps current = delegate;
            if (current == null) {
                throw new IllegalStateException("the bot is not connected yet");
            }
            return current;
        }

        @Override
        public String createTicketChannel(String guildId, org.awpt.domain.DiscordUserId buyer, String name) {
            return d().createTicketChannel(guildId, buyer, name);
        }

        @Override
        public boolean channelExists(String channelId) {
            return d().channelExists(channelId);
        }

        @Override
        public void deleteChannel(String channelId) {
            d().deleteChannel(channelId);
        }

        @Override
        public void denyWriting(String channelId, org.awpt.domain.DiscordUserId member) {
            d().denyWriting(channelId, member);
        }

        @Override
        public org.awpt.domain.ticket.Transcript transcript(String channelId, int max) {
            return d().transcript(channelId, max);
        }

        @Override
        public String post(String channelId, Reply message) {
            return d().post(channelId, message);
        }

        @Override
        public void edit(String channelId, String messageId, Reply message) {
            d().edit(channelId, messageId, message);
        }

        @Override
        public void postToWebhook(String webhookUrl, Reply message) {
            d().postToWebhook(webhookUrl, message);
        }

        @Override
        public String sendDirect(org.awpt.domain.DiscordUserId user, Reply message) {
            return d().sendDirect(user, message);
        }

        @Override
        public byte[] download(String url, long maxBytes) {
            return d().download(url, maxBytes);
        }

        @Override
        public void addRole(String guildId, org.awpt.domain.DiscordUserId user, String roleId) {
            d().addRole(guildId, user, roleId);
        }

        @Override
        public void removeRole(String guildId, org.awpt.domain.DiscordUserId user, String roleId) {
            d().removeRole(guildId, user, roleId);
        }

        @Override
        public List<String> guildIds() {
            return d().guildIds();
        }
    }
}
