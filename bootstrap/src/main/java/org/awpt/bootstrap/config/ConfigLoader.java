package org.awpt.bootstrap.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awpt.adapters.discord.buyer.PaymentLayout;
import org.awpt.adapters.discord.text.Languages;
import org.awpt.adapters.sqlite.SqliteSynchronous;
import org.awpt.application.retention.RetentionPolicy;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.ticket.TicketPolicy;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * Reads {@code config.json} (compatible with the original bot's keys) and the {@code AWPT_*}
 * environment variables, which win, into an {@link AwptConfig}. Every problem is collected and
 * reported at once in a {@link ConfigException}; no value found is ever echoed, so secrets stay secret.
 */
public final class ConfigLoader {
    /** The file read when neither {@code AWPT_CONFIG} nor {@code --config} names one. */
    public static final String DEFAULT_FILE = "config.json";
    private static final String DATA_DIR = "dataDir";

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("token", "clientId", "guildId", "guildIds", "mongoURI",
            "mongodbUri", "mongoDatabase", "mongoConnectTimeout", "dataDir", "allowedUserIds", "adminRoleId",
            "adminRoleIds", "supportRoleId", "supportRoleIds", "supportUserIds", "ticketCategoryId", "adminChannelId", "salesChannelId",
            "ticketLogChannelId", "messageContentIntent",
            "licensedRoleId", "registerCommandsGlobally", "expiryReminder", "discordApiBaseUrl", "shop", "roblox",
            "health", "logging", "sqlite", "storefronts", "retention", "errorNotices", "tickets");
    /** A Discord webhook's address, as the channel's Integrations page copies it. */
    private static final Pattern WEBHOOK = Pattern.compile(
            "https://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/api(?:/v\\d+)?/webhooks/\\d+/[A-Za-z0-9_-]+");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{10,}");

    private final Map<String, String> env;
    private final Path workingDir;
    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * A loader reading this environment (a copy of {@code System.getenv()} in production).
     *
     * @param env        the environment variables
     * @param workingDir where relative paths (the default file, {@code dataDir}) are resolved
     */
    public ConfigLoader(Map<String, String> env, Path workingDir) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.workingDir = Objects.requireNonNull(workingDir, "workingDir");
    }

    /** Loads from the file named by {@code AWPT_CONFIG}, else {@code ./config.json} if it exists. */
    public AwptConfig load() {
        return load(Optional.empty());
    }

    /**
     * Loads from {@code file} if given (the command line's {@code --config}), else as {@link #load()}.
     *
     * @throws ConfigException listing every problem found
     */
    public AwptConfig load(Optional<Path> file) {
        return load(file, Optional.empty());
    }

    /**
     * Loads as {@link #load(Optional)}; a data folder given on the command line ({@code --data}) wins
     * over {@code AWPT_DATA_DIR} and {@code dataDir}.
     *
     * @throws ConfigException listing every problem found
     */
    public AwptConfig load(Optional<Path> file, Optional<Path> dataDir) {
        Problems problems = new Problems();
        ObjectNode root = readFile(file, problems);
        for (EnvironmentVariable variable : EnvironmentVariable.values()) {
            String value = env.get(variable.name());
            if (value != null && !value.isBlank()) {
                variable.apply(root, value, problems);
            }
        }
        dataDir.ifPresent(folder -> {
            root.put(DATA_DIR, folder.toString());
            problems.sourcedFrom(DATA_DIR, "--data");
        });
        AwptConfig config = read(new ConfigNode(root, "", problems), problems);
        problems.throwIfAny();
        return config;
    }

    /** The file that {@link #load(Optional)} reads, and whether it was asked for explicitly. */
    private Optional<Path> fileToRead(Optional<Path> file, List<String> explicit) {
        if (file.isPresent()) {
            explicit.add("--config");
            return file.map(workingDir::resolve);
        }
        String named = env.get(EnvironmentVariable.AWPT_CONFIG);
        if (named != null && !named.isBlank()) {
            explicit.add(EnvironmentVariable.AWPT_CONFIG);
            return Optional.of(workingDir.resolve(named.strip()));
        }
        Path fallback = workingDir.resolve(DEFAULT_FILE);
        return Files.exists(fallback) ? Optional.of(fallback) : Optional.empty();
    }

    private ObjectNode readFile(Optional<Path> requested, Problems problems) {
        List<String> explicit = new ArrayList<>();
        Optional<Path> file = fileToRead(requested, explicit);
        if (file.isEmpty()) {
            return json.createObjectNode();
        }
        Path path = file.get();
        String where = path.toString();
        if (!Files.isRegularFile(path)) {
            problems.add(where, "an existing JSON file (named by " + explicit.get(0) + ")");
            return json.createObjectNode();
        }
        try {
            JsonNode tree = json.readTree(path.toFile());
            if (tree instanceof ObjectNode object) {
                return object;
            }
            problems.add(where, "a JSON object { ... } at the top of the file");
        } catch (JsonProcessingException e) {
            // Jackson's message may quote the text around the error, perhaps a token: give the place only.
            JsonLocation at = e.getLocation();
            problems.add(where, "valid JSON; it breaks at line " + (at == null ? "?" : at.getLineNr())
                    + ", column " + (at == null ? "?" : at.getColumnNr())
                    + " (check quotes, commas and braces around there)");
        } catch (IOException e) {
            problems.add(where, "a readable file (" + e.getClass().getSimpleName() + ")");
        }
        return json.createObjectNode();
    }

    private AwptConfig read(ConfigNode root, Problems problems) {
        root.warnUnknownKeys(TOP_LEVEL_KEYS);
        AccessPolicy access = new AccessPolicy(
                userIds(root.child("allowedUserIds")),
                roleIds(root, "adminRoleId", "adminRoleIds"),
                userIds(root.child("supportUserIds")),
                roleIds(root, "supportRoleId", "supportRoleIds"));
        ShopSettings shop = new ShopSettingsReader(problems).read(root.child("shop"), access);
        checkPaymentLayout(root.child("shop"), shop);
        StorefrontConfig storefronts = new StorefrontConfigReader(shop).read(root.child("storefronts"));
        return new AwptConfig(discord(root), database(root), shop, roblox(root.child("roblox")),
                health(root.child("health")), logFormat(root.child("logging")), problems.warnings(), storefronts,
                retention(root.child("retention")), tickets(root.child("tickets")));
    }

    /**
     * When tickets close by themselves: each close at least a minute away, a warning shorter than the idle
     * time, a closed ticket's channel gone within an hour.
     */
    private static TicketPolicy tickets(ConfigNode node) {
        TicketPolicy defaults = TicketPolicy.defaults();
        node.isObject();
        node.warnUnknownKeys(Set.of("closeAfterDelivery", "closeWhenIdle", "idleWarning", "channelDeleteDelay"));
        Duration afterDelivery = node.child("closeAfterDelivery").durationAtLeast(defaults.afterDelivery(),
                TicketPolicy.SHORTEST_CLOSE);
        Duration whenIdle = node.child("closeWhenIdle").durationAtLeast(defaults.whenIdle(), TicketPolicy.SHORTEST_CLOSE);
        Duration warning = node.child("idleWarning").duration(defaults.idleWarning());
        Duration delay = node.child("channelDeleteDelay").durationAtLeast(defaults.channelDeleteDelay(), Duration.ZERO);
        boolean fine = true;
        if (warning.compareTo(whenIdle) >= 0) {
            node.child("idleWarning").problem("a duration shorter than tickets.closeWhenIdle (" + whenIdle
                    + "), such as 6h: the warning comes before the close");
            fine = false;
        }
        if (delay.compareTo(TicketPolicy.LONGEST_DELETE_DELAY) > 0) {
            node.child("channelDeleteDelay").problem("a duration of at most 1h, such as 10s");
            fine = false;
        }
        return fine ? new TicketPolicy(afterDelivery, whenIdle, warning, delay) : defaults;
    }

    /**
     * Refuses what the bot's payment embed could not show in full (Discord's limits,
     * {@link PaymentLayout}): more license types than a select menu holds, or a type offered by more
     * payment methods than one message has buttons for.
     */
    private static void checkPaymentLayout(ConfigNode shop, ShopSettings settings) {
        PaymentLayout.typesRefusal(settings.types().all().size())
                .ifPresent(refusal -> shop.child("licenseTypes").problem(refusal));
        for (LicenseTypeCode type : settings.types().codes()) {
            long methods = settings.methods().all().stream()
                    .filter(method -> method.payableFor(type, settings.gamePasses())).count();
            PaymentLayout.methodsRefusal(type.value(), (int) methods)
                    .ifPresent(refusal -> shop.child("paymentMethods").problem(refusal));
        }
    }

    /** Each age at least a day; sessions kept at least as long as proofs (a proof never outlives its session). */
    private static RetentionPolicy retention(ConfigNode node) {
        RetentionPolicy defaults = RetentionPolicy.defaults();
        node.warnUnknownKeys(Set.of("proofs", "sessions", "storefrontVisits", "audit"));
        Duration proofs = retentionAge(node.child("proofs"), defaults.proofs());
        Duration sessions = retentionAge(node.child("sessions"), defaults.sessions());
        Duration visits = retentionAge(node.child("storefrontVisits"), defaults.storefrontVisits());
        Duration audit = retentionAge(node.child("audit"), defaults.audit());
        if (sessions.compareTo(proofs) < 0) {
            node.child("sessions").problem("at least retention.proofs (" + proofs.toDays()
                    + "d): a settled session is kept as long as its proof");
            return defaults;
        }
        return new RetentionPolicy(proofs, sessions, visits, audit);
    }

    private static Duration retentionAge(ConfigNode node, Duration fallback) {
        Duration age = node.duration(fallback);
        if (age.compareTo(RetentionPolicy.MINIMUM) < 0) {
            node.problem("a duration of at least 1d, such as 90d");
            return fallback;
        }
        return age;
    }

    /** {@code shop.locale}: a language the bot has a message bundle for (English when missing). */
    private static Locale locale(ConfigNode node) {
        String expected = "a language the bot has messages for: " + Languages.described()
                + " (docs/configuration.md, \"Languages\", says how to add one)";
        return node.text().flatMap(tag -> node.build(tag, text -> Languages.of(text)
                .orElseThrow(() -> new IllegalArgumentException("no bundle")), expected)).orElse(Languages.ENGLISH);
    }

    private DiscordConfig discord(ConfigNode root) {
        ConfigNode tokenNode = root.child("token");
        Optional<Secret> token = tokenNode.text().filter(text -> {
            boolean ok = TOKEN.matcher(text).matches();
            if (!ok) {
                tokenNode.problem("a Discord bot token: three parts separated by dots, copied from the Developer"
                        + " Portal's Bot page (not the client secret, no \"Bot \" prefix)");
            }
            return ok;
        }).map(Secret::new);
        List<String> guilds = new ArrayList<>(root.child("guildId").snowflake().stream().toList());
        guilds.addAll(root.child("guildIds").snowflakes());
        return new DiscordConfig(token, root.child("clientId").snowflake(),
                guilds.stream().distinct().toList(), root.child("registerCommandsGlobally").bool(false),
                root.child("ticketCategoryId").snowflake(), root.child("adminChannelId").snowflake(),
                root.child("salesChannelId").snowflake(), root.child("ticketLogChannelId").snowflake(),
                root.child("licensedRoleId").snowflake(), root.child("expiryReminder").duration(Duration.ofDays(2)),
                root.child("discordApiBaseUrl").url(DiscordConfig.DISCORD_API), errorNotices(root.child("errorNotices")),
                root.child("messageContentIntent").bool(false), locale(root.child("shop").child("locale")));
    }

    /**
     * {@code errorNotices}: a channel or a webhook (not both) where the staff are told of failures the
     * bot did not expect, and how often one error class is told at most (at least a minute).
     */
    private static ErrorNoticesConfig errorNotices(ConfigNode node) {
        node.isObject();
        node.warnUnknownKeys(Set.of("channelId", "webhookUrl", "interval"));
        Optional<String> channel = node.child("channelId").snowflake();
        ConfigNode urlNode = node.child("webhookUrl");
        Optional<Secret> webhook = urlNode.text().filter(text -> {
            boolean ok = WEBHOOK.matcher(text).matches();
            if (!ok) {
                urlNode.problem("a Discord webhook address, https://discord.com/api/webhooks/<id>/<token>, as the"
                        + " channel's Integrations > Webhooks page copies it");
            }
            return ok;
        }).map(Secret::new);
        if (channel.isPresent() && webhook.isPresent()) {
            urlNode.problem("only one of errorNotices.channelId and errorNotices.webhookUrl");
        }
        ConfigNode intervalNode = node.child("interval");
        Duration interval = intervalNode.duration(ErrorNoticesConfig.DEFAULT_INTERVAL);
        if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
            intervalNode.problem("a duration of at least 1m, such as \"10m\"");
            interval = ErrorNoticesConfig.DEFAULT_INTERVAL;
        }
        return new ErrorNoticesConfig(channel, webhook, interval);
    }

    private DatabaseConfig database(ConfigNode root) {
        ConfigNode legacy = root.child("mongoURI");
        ConfigNode modern = root.child("mongodbUri");
        if (!legacy.isMissing() && !modern.isMissing()) {
            modern.problem("only one of mongoURI and mongodbUri (they mean the same)");
        }
        ConfigNode uriNode = legacy.isMissing() ? modern : legacy;
        Optional<MongoUri> uri = uriNode.text().filter(text -> {
            boolean ok = MongoUri.isValid(text);
            if (!ok) {
                uriNode.problem("a MongoDB connection string: mongodb://host:27017/database or mongodb+srv://...");
            }
            return ok;
        }).map(MongoUri::new);
        ConfigNode nameNode = root.child("mongoDatabase");
        Optional<String> name = nameNode.text().or(() -> uri.flatMap(MongoUri::database));
        if (name.isPresent() && !name.get().matches("[A-Za-z0-9_-]{1,63}")) {
            nameNode.problem("a database name of 1-63 letters, digits, _ or -");
            name = Optional.empty();
        }
        Path dataDir = workingDir.resolve(root.child(DATA_DIR).text("data")).normalize();
        ConfigNode sqlite = root.child("sqlite");
        sqlite.isObject();
        sqlite.warnUnknownKeys(Set.of("synchronous"));
        ConfigNode synchronous = sqlite.child("synchronous");
        SqliteSynchronous sync = synchronous.text().flatMap(text -> synchronous.build(text.toUpperCase(Locale.ROOT),
                SqliteSynchronous::valueOf, "FULL or NORMAL")).orElse(SqliteSynchronous.FULL);
        Duration connectTimeout = root.child("mongoConnectTimeout").duration(Duration.ofSeconds(10));
        return new DatabaseConfig(uri, dataDir, name, connectTimeout, sync);
    }

    private static RobloxConfig roblox(ConfigNode node) {
        RobloxConfig defaults = RobloxConfig.defaults();
        node.isObject();
        node.warnUnknownKeys(Set.of("usersBaseUrl", "inventoryBaseUrl", "gamePassesBaseUrl", "connectTimeout",
                "readTimeout", "maxRetries", "checkGamePassesAtStartUp"));
        return new RobloxConfig(node.child("usersBaseUrl").url(defaults.usersBaseUrl()),
                node.child("inventoryBaseUrl").url(defaults.inventoryBaseUrl()),
                node.child("gamePassesBaseUrl").url(defaults.gamePassesBaseUrl()),
                node.child("connectTimeout").duration(defaults.connectTimeout()),
                node.child("readTimeout").duration(defaults.readTimeout()),
                node.child("maxRetries").integer(defaults.maxRetries(), 0, 10),
                node.child("checkGamePassesAtStartUp").bool(defaults.checkGamePassesAtStartUp()));
    }

    private static HealthConfig health(ConfigNode node) {
        node.isObject();
        node.warnUnknownKeys(Set.of("enabled", "port"));
        return new HealthConfig(node.child("enabled").bool(true), node.child("port").integer(8081, 0, 65_535));
    }

    private static LogFormat logFormat(ConfigNode node) {
        node.isObject();
        node.warnUnknownKeys(Set.of("format"));
        ConfigNode format = node.child("format");
        return format.text().flatMap(text -> format.build(text.toUpperCase(Locale.ROOT), LogFormat::valueOf,
                "text or json")).orElse(LogFormat.TEXT);
    }

    private static Set<DiscordUserId> userIds(ConfigNode node) {
        return node.snowflakes().stream().map(id -> new DiscordUserId(Long.parseLong(id)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The original bot has one role id ({@code adminRoleId}); AWPT also takes a list ({@code adminRoleIds}). */
    private static Set<String> roleIds(ConfigNode root, String single, String plural) {
        return Stream.concat(root.child(single).snowflake().stream(), root.child(plural).snowflakes().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
