package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockWebServer;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import okhttp3.OkHttpClient;

/**
 * A Discord stand-in on loopback for tests with real JDA: REST under {@link #restBaseUrl()}, the
 * gateway at {@link #gatewayUrl()}. Set up users and guilds, connect JDA with {@link #configure},
 * inject interactions, then assert on {@link #calls()} and on the messages people would see.
 * Not a Discord emulator: see the package documentation.
 */
public final class DiscordStandIn implements AutoCloseable {

    /** Discord's acknowledgement deadline for an interaction. */
    public static final Duration DISCORD_ACK_DEADLINE = Duration.ofSeconds(3);
    /** How long Discord accepts follow-ups and edits with an interaction's token. */
    public static final Duration DISCORD_TOKEN_LIFETIME = Duration.ofMinutes(15);
    /** The wait tests use for anything the bot does in answer to an event: enough for a machine ten times slower. */
    public static final Duration WAIT = Duration.ofSeconds(60);

    private static final int BOT_ROLE_POSITION = 1_000;

    private final Snowflakes ids = new Snowflakes();
    private final String token = "standin-bot-token." + ids.next();
    private final StandInUser bot = new StandInUser(ids.next(), "awpt-bot", true);
    private final Map<Long, StandInUser> users = new LinkedHashMap<>();
    private final Map<Long, StandInGuild> guilds = new LinkedHashMap<>();
    private final Map<Long, Long> dmChannels = new LinkedHashMap<>();
    private final Map<Long, InjectedInteraction> interactions = new LinkedHashMap<>();
    private final Map<String, String> commandIds = new LinkedHashMap<>();
    /** Incoming webhooks: "id/token" to the channel they post in. */
    private final Map<String, Long> webhooks = new LinkedHashMap<>();
    private final CallLog log = new CallLog();
    private final FailureRules failures = new FailureRules();
    private final MockWebServer server = new MockWebServer();
    private final TrackingSockets sockets = new TrackingSockets();
    private final MessageBoard board;
    private final Gateway gateway;
    private final InteractionPayloads payloads = new InteractionPayloads(this);
    // Not Discord's 3 s by default: a cold JVM on a busy machine may take longer, and a test must not race the
    // wall clock. The test about the deadline sets its own; the latency benchmark measures the real margin.
    private volatile Duration ackDeadline = WAIT;
    private volatile Duration tokenLifetime = DISCORD_TOKEN_LIFETIME;
    private volatile boolean conformanceChecks = true;

    private DiscordStandIn() {
        users.put(bot.id(), bot);
        board = new MessageBoard(ids, id -> "http://127.0.0.1:" + server.getPort() + "/attachments/" + id);
        GatewayShapes shapes = new GatewayShapes(new ApiConformance(DiscordApiDescription.get()));
        gateway = new Gateway(token, "standin-session-" + ids.next(), this::gatewayUrl, this::readyPayload,
                this::guildPayloads, (type, data) -> {
                    if (!conformanceChecks) {
                        return;
                    }
                    List<String> violations = shapes.check(type, data);
                    if (!violations.isEmpty()) {
                        log.add(RecordedCall.gatewayDispatch(type, data, violations));
                    }
                });
        server.setDispatcher(new RestApi(this, log, failures, gateway));
        server.setServerSocketFactory(sockets);
    }

    /** Starts a stand-in on a free loopback port. */
    public static DiscordStandIn start() {
        DiscordStandIn standIn = new DiscordStandIn();
        try {
            standIn.server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Discord stand-in", e);
        }
        return standIn;
    }

    /**
     * Loads and compiles Discord's API description for this JVM now rather than in the first test: it
     * takes seconds (far more on a busy machine), so call it from a {@code @BeforeAll} when each test
     * has a timeout.
     */
    public static void prepareApiDescription() {
        start().close();
    }

    // ---- connecting JDA ----

    /** The bot token the stand-in accepts. */
    public String token() {
        return token;
    }

    /** The REST base URL for {@link RestConfig#setBaseUrl(String)}. */
    public String restBaseUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/api/v10/";
    }

    /** The gateway URL a session controller hands to JDA. */
    public String gatewayUrl() {
        return "ws://127.0.0.1:" + server.getPort();
    }

    /** Points a JDA builder at the stand-in: REST base URL, gateway, plain JSON frames, HTTP timeouts under WAIT. */
    public JDABuilder configure(JDABuilder builder) {
        String gatewayUrl = gatewayUrl();
        return builder.setRestConfig(new RestConfig().setBaseUrl(restBaseUrl()))
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return gatewayUrl;
                    }
                })
                .setCompression(Compression.NONE)
                .setHttpClientBuilder(new OkHttpClient.Builder().connectTimeout(20, TimeUnit.SECONDS)
                        .readTimeout(20, TimeUnit.SECONDS).writeTimeout(20, TimeUnit.SECONDS));
    }

    // ---- the world ----

    /** The bot's own user. */
    public StandInUser botUser() {
        return bot;
    }

    /** The application id (the bot's user id, as for any modern bot). */
    public long applicationId() {
        return bot.id();
    }

    /** Adds a person. */
    public synchronized StandInUser addUser(String username) {
        StandInUser user = new StandInUser(ids.next(), username, false);
        users.put(user.id(), user);
        return user;
    }

    /** Adds a guild owned by a new user, with the bot as a member holding an administrator role. */
    public StandInGuild addGuild(String name) {
        StandInUser owner = addUser(name + "-owner");
        StandInGuild guild = new StandInGuild(ids.next(), name, owner, ids);
        // The bot's role sits at the top, as server owners place it, so it may manage every other role.
        guild.addMember(bot, guild.addRole("bot", StandInGuild.ADMINISTRATOR, BOT_ROLE_POSITION));
        synchronized (this) {
            guilds.put(guild.id(), guild);
        }
        return guild;
    }

    /** How long after an interaction its first acknowledgement is accepted (Discord: 3 s; by default here: WAIT). */
    public void ackDeadline(Duration deadline) {
        ackDeadline = deadline;
    }

    /** How long after an interaction its token works for follow-ups and edits (Discord: 15 minutes). */
    public void tokenLifetime(Duration lifetime) {
        tokenLifetime = lifetime;
    }

    /**
     * Stops holding the bot's requests, the answers and the gateway's events to Discord's description (on
     * by default; calls outside the stand-in's routes are still unexpected). For the latency benchmark: the
     * checks cost the stand-in milliseconds of CPU per call, which Discord does not spend on the bot's
     * 2 cores, and the tests hold the same traffic to the description.
     */
    public void skipConformanceChecks() {
        conformanceChecks = false;
    }

    // ---- injecting events ----

    /** A person runs a slash command in a guild channel or in their DM with the bot. */
    public InjectedInteraction slashCommand(StandInUser user, long channelId, String name, SlashOption... options) {
        InjectedInteraction interaction = newInteraction(InteractionPayloads.APPLICATION_COMMAND, user, channelId, null);
        ObjectNode payload = payloads.envelope(interaction, Optional.empty());
        payload.set("data", payloads.slashData(name, List.of(options), guildOf(channelId)));
        gateway.dispatch("INTERACTION_CREATE", payload, interaction::sent);
        return interaction;
    }

    /** A person clicks a button on a message the bot posted. */
    public InjectedInteraction buttonClick(StandInUser user, PostedMessage message, String customId) {
        return component(user, message, payloads.componentData(customId, 2, List.of()));
    }

    /** A person picks values in a string select menu on a message the bot posted. */
    public InjectedInteraction selectMenu(StandInUser user, PostedMessage message, String customId, String... values) {
        return component(user, message, payloads.componentData(customId, 3, List.of(values)));
    }

    private InjectedInteraction component(StandInUser user, PostedMessage message, ObjectNode data) {
        message.customIds().stream().filter(id -> id.equals(data.path("custom_id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("No component " + data.path("custom_id") + " on " + message));
        InjectedInteraction interaction = newInteraction(InteractionPayloads.MESSAGE_COMPONENT, user,
                message.channelId(), message.id());
        ObjectNode payload = payloads.envelope(interaction, Optional.of(currentVersion(message)));
        payload.set("data", data);
        gateway.dispatch("INTERACTION_CREATE", payload, interaction::sent);
        return interaction;
    }

    /** A person submits a modal opened from a slash command (no message). */
    public InjectedInteraction modalSubmit(StandInUser user, long channelId, String customId, ModalField... fields) {
        return modal(user, channelId, null, customId, fields);
    }

    /** A person submits a modal opened from a button on a message. */
    public InjectedInteraction modalSubmit(StandInUser user, PostedMessage message, String customId,
            ModalField... fields) {
        return modal(user, message.channelId(), currentVersion(message), customId, fields);
    }

    private InjectedInteraction modal(StandInUser user, long channelId, PostedMessage message, String customId,
            ModalField... fields) {
        InjectedInteraction interaction = newInteraction(InteractionPayloads.MODAL_SUBMIT, user, channelId,
                message == null ? null : message.id());
        ObjectNode payload = payloads.envelope(interaction, Optional.ofNullable(message));
        payload.set("data", payloads.modalData(customId, List.of(fields)));
        gateway.dispatch("INTERACTION_CREATE", payload, interaction::sent);
        return interaction;
    }

    /**
     * A person posts a message (with files) in a channel; mentioning the bot ({@code <@id>} in the text)
     * lets the bot see the content without the message content intent, as on Discord.
     */
    public PostedMessage personPosts(StandInUser user, long channelId, String content, StandInFile... files) {
        List<Upload> uploads = java.util.Arrays.stream(files)
                .map(file -> new Upload("files", file.filename(), file.contentType(), file.bytes())).toList();
        List<StandInUser> mentions = content.contains("<@" + bot.idString() + ">") ? List.of(bot) : List.of();
        Optional<StandInGuild> guild = guildOf(channelId);
        ObjectNode message = board.createByPerson(channelId, guild.map(StandInGuild::id).orElse(null), user, content,
                uploads, mentions);
        ObjectNode dispatch = message.deepCopy();
        guild.ifPresent(g -> {
            ObjectNode member = g.memberJson(user.id());
            member.remove("user");
            dispatch.set("member", member);
        });
        gateway.dispatch("MESSAGE_CREATE", dispatch);
        return board.get(Long.parseLong(message.path("id").asText())).orElseThrow();
    }

    /** A person joins (or rejoins) the guild: GUILD_MEMBER_ADD reaches JDA. */
    public void memberJoins(StandInGuild guild, StandInUser user) {
        guild.addMember(user);
        ObjectNode member = guild.memberJson(user.id()).put("guild_id", Long.toUnsignedString(guild.id()));
        gateway.dispatch("GUILD_MEMBER_ADD", member);
    }

    /** A person deletes a server channel by hand in Discord: CHANNEL_DELETE reaches JDA. */
    public void personDeletesChannel(long channelId) {
        if (deleteChannel(channelId).isEmpty()) {
            throw new IllegalArgumentException("no server channel " + channelId);
        }
    }

    /** Deletes a server channel and tells JDA (CHANNEL_DELETE); empty when there is no such channel. */
    Optional<ObjectNode> deleteChannel(long channelId) {
        Optional<ObjectNode> channel = guildOf(channelId).flatMap(guild -> guild.deleteChannel(channelId));
        channel.ifPresent(deleted -> dispatch("CHANNEL_DELETE", deleted.deepCopy()));
        return channel;
    }

    /** Waits (bounded by {@link #WAIT}) until the condition holds. */
    public static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.onSpinWait();
        }
    }

    /** A person leaves the guild (losing their roles): GUILD_MEMBER_REMOVE reaches JDA. */
    public void memberLeaves(StandInGuild guild, StandInUser user) {
        guild.removeMember(user.id());
        ObjectNode removal = Json.object().put("guild_id", Long.toUnsignedString(guild.id()));
        removal.set("user", user.json());
        gateway.dispatch("GUILD_MEMBER_REMOVE", removal);
    }

    private PostedMessage currentVersion(PostedMessage message) {
        return board.get(message.id()).orElse(message);
    }

    private synchronized InjectedInteraction newInteraction(int type, StandInUser user, long channelId,
            Long messageId) {
        long id = ids.next();
        InjectedInteraction interaction = new InjectedInteraction(id, "standin-interaction-token-" + id, type,
                channelId, user, messageId);
        interactions.put(id, interaction);
        return interaction;
    }

    // ---- failures ----

    /** The user closed their DMs: messages to their DM channel fail with 403 / 50007. */
    public void closeDirectMessages(StandInUser user) {
        failures.closeDms(user.id());
    }

    /** The user opened their DMs again. */
    public void openDirectMessages(StandInUser user) {
        failures.openDms(user.id());
    }

    /** The next request matching method and path gets a 429 with {@code retry_after} and rate-limit headers. */
    public void rateLimitOnce(String method, String pathRegex, Duration retryAfter) {
        double seconds = retryAfter.toMillis() / 1000.0;
        ObjectNode body = Json.error(0, "You are being rate limited.").put("retry_after", seconds).put("global", false);
        failures.add(new FailureRules.OneShot(method, pathRegex, 429, body, Map.of(
                "Retry-After", Long.toString(Math.max(1, (long) Math.ceil(seconds))),
                "X-RateLimit-Limit", "5",
                "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset-After", Double.toString(seconds),
                "X-RateLimit-Reset", Double.toString(System.currentTimeMillis() / 1000.0 + seconds),
                "X-RateLimit-Bucket", "standin-" + ids.next(),
                "X-RateLimit-Scope", "user",
                // Without a Via header JDA takes a 429 for Cloudflare's ban, not Discord's limit.
                "Via", "1.1 google")));
    }

    /** The next request matching method and path fails with this status and Discord error code. */
    public void failOnce(String method, String pathRegex, int status, int code, String message) {
        failures.add(new FailureRules.OneShot(method, pathRegex, status, Json.error(code, message), Map.of()));
    }

    /** Ends the gateway connection with Discord's resumable close code 4000; JDA is expected to resume. */
    public void dropGateway() {
        gateway.drop();
    }

    /**
     * Cuts every open TCP connection (the gateway's and JDA's pooled REST connections) without a word,
     * as a network failure would; JDA is expected to notice, reconnect and resume.
     */
    public void dropNetwork() {
        gateway.forgetConnection();
        sockets.cutAll();
    }

    // ---- observing ----

    /** Every REST call so far, in order. */
    public List<RecordedCall> calls() {
        return log.all();
    }

    /** The calls matching method and path. */
    public List<RecordedCall> calls(String method, String pathRegex) {
        return log.all().stream().filter(call -> call.is(method, pathRegex)).toList();
    }

    /**
     * Interactions the bot never acknowledged: Discord would show "The application did not respond"
     * to the person. A test of the bot fails when there are any.
     */
    public synchronized List<InjectedInteraction> unacknowledgedInteractions() {
        return interactions.values().stream().filter(interaction -> !interaction.acknowledged()).toList();
    }

    /**
     * Calls no stand-in route knew (answered 404), and calls whose request or answer broke Discord's
     * published API description (see {@link RecordedCall#violations()}): a test fails when there are any.
     */
    public List<RecordedCall> unexpectedCalls() {
        return log.all().stream().filter(call -> !call.expected()).toList();
    }

    /** Waits (bounded) for the first call matching method and path. */
    public RecordedCall awaitCall(String method, String pathRegex) {
        return awaitCalls(method, pathRegex, 1).get(0);
    }

    /** Waits (bounded) until {@code count} calls match method and path, and returns them all. */
    public List<RecordedCall> awaitCalls(String method, String pathRegex, int count) {
        return log.await(call -> call.is(method, pathRegex), count, WAIT, method + " " + pathRegex);
    }

    /** Waits (bounded) until the bot acknowledged the interaction, and returns the callback call. */
    public RecordedCall awaitCallback(InjectedInteraction interaction) {
        return awaitCall("POST", "interactions/" + interaction.id() + "/.*/callback");
    }

    /** Waits (bounded) until JDA identified {@code count} times since the start. */
    public void awaitIdentified(int count) {
        gateway.awaitIdentifies(count, WAIT);
    }

    /** Waits (bounded) until JDA resumed {@code count} times since the start. */
    public void awaitResumed(int count) {
        gateway.awaitResumes(count, WAIT);
    }

    /** How many times JDA identified (started a new session). */
    public int identifyCount() {
        return gateway.identifies();
    }

    /** How many times JDA resumed its session. */
    public int resumeCount() {
        return gateway.resumes();
    }


    /** Every message in a channel, as people see them now. */
    public List<PostedMessage> messagesIn(long channelId) {
        return board.in(channelId);
    }

    /** The id of the user's DM channel with the bot (the same one the bot gets when it opens the DM). */
    public long directMessageChannelId(StandInUser user) {
        return Long.parseLong(dmChannelJson(user).path("id").asText());
    }

    /** Every message the bot managed to send to the user's DMs. */
    public List<PostedMessage> directMessagesTo(StandInUser user) {
        Long channelId;
        synchronized (this) {
            channelId = dmChannels.get(user.id());
        }
        return channelId == null ? List.of() : board.in(channelId);
    }

    /** Waits (bounded) for a message in the channel that matches, and returns it as it is then. */
    public PostedMessage awaitMessageIn(long channelId, java.util.function.Predicate<PostedMessage> matching) {
        return board.await(() -> board.in(channelId).stream().filter(matching).reduce((first, second) -> second),
                WAIT, "a matching message in channel " + channelId);
    }

    /** Waits (bounded) for a DM to the user that matches. */
    public PostedMessage awaitDirectMessageTo(StandInUser user, java.util.function.Predicate<PostedMessage> matching) {
        return board.await(() -> directMessagesTo(user).stream().filter(matching).reduce((first, second) -> second),
                WAIT, "a matching DM to " + user.username());
    }

    /**
     * Waits (bounded) until the bot answered the interaction, and returns the answer as the person sees it:
     * the last follow-up, or the original response once it is more than a deferral. Modals are read from
     * {@link InjectedInteraction#modal()} after {@link #awaitCallback}.
     */
    public PostedMessage awaitAnswer(InjectedInteraction interaction) {
        return board.await(() -> interaction.answerMessageId().flatMap(board::get), WAIT,
                "the answer to " + interaction);
    }

    /**
     * Waits (bounded) until the bot answered the interaction (a reply, an update, a modal, or a deferral
     * completed), on the interaction alone: many threads may wait at once without rescanning every
     * message. Then {@link InjectedInteraction#answeredAfter()} holds the time it took.
     */
    public void awaitAnswered(InjectedInteraction interaction) {
        interaction.awaitAnswered(WAIT);
    }

    /** The message that answers the interaction now, as people see it; empty for a modal or no answer yet. */
    public Optional<PostedMessage> answer(InjectedInteraction interaction) {
        return interaction.answerMessageId().flatMap(board::get);
    }

    /** A message as it is now. */
    public Optional<PostedMessage> message(long messageId) {
        return board.get(messageId);
    }



    @Override
    public void close() {
        server.close();
    }

    // ---- state for the routes and the gateway ----

    Snowflakes ids() {
        return ids;
    }

    MessageBoard board() {
        return board;
    }

    FailureRules failures() {
        return failures;
    }

    boolean conformanceChecks() {
        return conformanceChecks;
    }

    Duration ackDeadline() {
        return ackDeadline;
    }

    Duration tokenLifetime() {
        return tokenLifetime;
    }

    boolean authorized(String authorization) {
        return authorization.equals("Bot " + token);
    }

    synchronized Optional<StandInUser> user(long id) {
        return Optional.ofNullable(users.get(id));
    }

    synchronized Optional<StandInGuild> guild(long id) {
        return Optional.ofNullable(guilds.get(id));
    }

    synchronized Optional<StandInGuild> guildOf(long channelId) {
        return guilds.values().stream().filter(guild -> guild.hasChannel(channelId)).findFirst();
    }

    Long guildIdOf(long channelId) {
        return guildOf(channelId).map(StandInGuild::id).orElse(null);
    }

    synchronized Optional<InjectedInteraction> interaction(long id) {
        return Optional.ofNullable(interactions.get(id));
    }

    /**
     * Makes an incoming webhook posting in a channel, as a channel's Integrations > Webhooks page does.
     *
     * @return its address, as Discord shows it (JDA sends to the stand-in's REST address all the same)
     */
    public synchronized String addWebhook(long channelId) {
        long id = ids.next();
        String secret = "standin-webhook-" + ids.next();
        webhooks.put(id + "/" + secret, channelId);
        return "https://discord.com/api/webhooks/" + id + "/" + secret;
    }

    /** The channel an incoming webhook posts in. */
    synchronized Optional<Long> webhookChannel(String id, String secret) {
        return Optional.ofNullable(webhooks.get(id + "/" + secret));
    }

    synchronized Optional<InjectedInteraction> interactionByToken(String interactionToken) {
        return interactions.values().stream().filter(i -> i.token().equals(interactionToken)).findFirst();
    }

    /** The id of a command by name: the registered one, or a fresh one that stays stable. */
    synchronized String commandId(String name) {
        return commandIds.computeIfAbsent(name, key -> ids.nextString());
    }

    /** The user's DM channel with the bot, opened on first use (opening always works, even with DMs closed). */
    synchronized ObjectNode dmChannelJson(StandInUser user) {
        long channelId = dmChannels.computeIfAbsent(user.id(), key -> ids.next());
        ObjectNode channel = Json.object().put("id", Long.toUnsignedString(channelId)).put("type", 1).put("flags", 0);
        channel.putNull("last_message_id");
        ArrayNode recipients = channel.putArray("recipients");
        recipients.add(user.json());
        return channel;
    }

    synchronized Optional<StandInUser> dmRecipient(long channelId) {
        return dmChannels.entrySet().stream().filter(entry -> entry.getValue() == channelId)
                .map(entry -> users.get(entry.getKey())).findFirst();
    }

    synchronized Optional<ObjectNode> channelJson(long channelId) {
        for (StandInGuild guild : guilds.values()) {
            Optional<ObjectNode> channel = guild.channel(channelId).map(ObjectNode.class::cast);
            if (channel.isPresent()) {
                return channel;
            }
        }
        return dmRecipient(channelId).map(this::dmChannelJson);
    }

    void dispatch(String type, ObjectNode data) {
        gateway.dispatch(type, data);
    }

    private ObjectNode readyPayload() {
        ObjectNode ready = Json.object().put("v", 10);
        ready.set("user", bot.selfJson());
        ArrayNode guildStubs = ready.putArray("guilds");
        guildPayloads().forEach(guild -> guildStubs.addObject().put("id", guild.path("id").asText())
                .put("unavailable", true));
        ready.putArray("private_channels");
        ready.putArray("relationships");
        ready.putArray("guild_join_requests");
        ready.putObject("application").put("id", Long.toUnsignedString(applicationId())).put("flags", 0);
        ready.putArray("shard").add(0).add(1);
        return ready;
    }

    private synchronized List<ObjectNode> guildPayloads() {
        List<ObjectNode> result = new ArrayList<>();
        guilds.values().forEach(guild -> result.add(guild.createJson()));
        return result;
    }
}
