package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.regex.Matcher;
import org.awpt.adapters.discord.standin.RestApi.Answer;
import org.awpt.adapters.discord.standin.RestApi.Incoming;

/** The Discord REST routes the bot uses, and nothing more. */
final class DiscordRoutes {

    private static final String ID = "(\\d+)";
    private static final String TOKEN = "([^/]+)";
    /** The MODAL interaction callback type. */
    private static final int MODAL = 9;

    private final DiscordStandIn discord;
    private final DocumentedEncodings encodings = new DocumentedEncodings(DiscordApiDescription.get()::node);

    private DiscordRoutes(DiscordStandIn discord) {
        this.discord = discord;
    }

    static void register(RestApi api, DiscordStandIn discord) {
        DiscordRoutes routes = new DiscordRoutes(discord);
        api.route("GET", "users/@me", (request, path) -> Answer.json(discord.botUser().selfJson()));
        api.route("GET", "users/" + ID, routes::user);
        api.route("PUT", "applications/" + ID + "/commands", (request, path) -> routes.commands(request, null));
        api.route("PUT", "applications/" + ID + "/guilds/" + ID + "/commands",
                (request, path) -> routes.commands(request, Long.parseLong(path.group(2))));
        api.tokenlessRoute("POST", "interactions/" + ID + "/" + TOKEN + "/callback", routes::callback);
        api.tokenlessRoute("POST", "webhooks/" + ID + "/" + TOKEN, routes.unexpired(routes::followUp));
        api.tokenlessRoute("PATCH", "webhooks/" + ID + "/" + TOKEN + "/messages/(@original|\\d+)",
                routes.unexpired(routes::editWebhookMessage));
        api.tokenlessRoute("GET", "webhooks/" + ID + "/" + TOKEN + "/messages/(@original|\\d+)",
                routes.unexpired(routes::getWebhookMessage));
        api.tokenlessRoute("DELETE", "webhooks/" + ID + "/" + TOKEN + "/messages/(@original|\\d+)",
                routes.unexpired(routes::deleteWebhookMessage));
        api.route("POST", "guilds/" + ID + "/channels", routes::createChannel);
        api.route("GET", "channels/" + ID, routes::getChannel);
        api.route("DELETE", "channels/" + ID, routes::deleteChannel);
        api.route("POST", "users/@me/channels", routes::openDm);
        api.route("POST", "channels/" + ID + "/messages", routes::createMessage);
        api.route("GET", "channels/" + ID + "/messages", routes::listMessages);
        api.route("PUT", "channels/" + ID + "/permissions/" + ID, routes::putOverwrite);
        api.route("GET", "channels/" + ID + "/messages/" + ID, routes::getMessage);
        api.route("PATCH", "channels/" + ID + "/messages/" + ID, routes::editMessage);
        api.route("DELETE", "channels/" + ID + "/messages/" + ID, routes::deleteMessage);
        api.route("GET", "guilds/" + ID + "/members/" + ID, routes::member);
        api.route("PUT", "guilds/" + ID + "/members/" + ID + "/roles/" + ID, (request, path) -> routes.role(path, true));
        api.route("DELETE", "guilds/" + ID + "/members/" + ID + "/roles/" + ID,
                (request, path) -> routes.role(path, false));
    }

    /** An interaction's token works for 15 minutes (or the test's lifetime); then Discord answers 50027. */
    private RestApi.Handler unexpired(RestApi.Handler handler) {
        return (request, path) -> discord.interactionByToken(path.group(2))
                .filter(interaction -> interaction.ageNanos() > discord.tokenLifetime().toNanos())
                .map(interaction -> Answer.error(401, 50027, "Invalid Webhook Token"))
                .orElseGet(() -> handler.handle(request, path));
    }

    private Answer user(Incoming request, Matcher path) {
        return discord.user(Long.parseLong(path.group(1))).map(user -> Answer.json(user.json()))
                .orElseGet(() -> Answer.error(404, 10013, "Unknown User"));
    }

    private Answer commands(Incoming request, Long guildId) {
        ArrayNode registered = Json.array();
        for (JsonNode command : request.json()) {
            ObjectNode copy = command.deepCopy();
            copy.put("id", discord.commandId(command.path("name").asText()));
            copy.put("application_id", Long.toUnsignedString(discord.applicationId()));
            copy.put("version", discord.ids().nextString());
            if (!copy.has("type")) {
                copy.put("type", 1);
            }
            if (guildId != null) {
                copy.put("guild_id", Long.toUnsignedString(guildId));
            }
            if (!copy.has("default_member_permissions")) {
                copy.putNull("default_member_permissions");
            }
            // Discord answers in its own encoding (integer contexts, string permissions), whatever JDA sent.
            registered.add(encodings.normalize(copy, "/components/schemas/ApplicationCommandResponse"));
        }
        return Answer.json(registered);
    }

    private Answer callback(Incoming request, Matcher path) {
        Optional<InjectedInteraction> found = discord.interaction(Long.parseLong(path.group(1)))
                .filter(interaction -> interaction.token().equals(path.group(2)));
        if (found.isEmpty() || found.get().ageNanos() > discord.ackDeadline().toNanos()) {
            return Answer.error(404, 10062, "Unknown interaction");
        }
        InjectedInteraction interaction = found.get();
        int type = request.json().path("type").asInt();
        if (type == MODAL && interaction.type() == InteractionPayloads.MODAL_SUBMIT) {
            return Answer.error(400, 50035, "Invalid Form Body: a modal cannot answer a modal submit");
        }
        if (!interaction.acknowledge(type, request.receivedNanos())) {
            return Answer.error(400, 40060, "Interaction has already been acknowledged.");
        }
        JsonNode data = request.json().path("data");
        ObjectNode message = null;
        switch (type) {
            case 4 -> message = discord.board().create(interaction.channelId(), discord.guildIdOf(interaction.channelId()),
                    discord.botUser(), data, request.uploads());
            case 5 -> {
                ObjectNode loading = Json.object().put("content", "").put("flags", data.path("flags").asInt(0) | MessageBoard.LOADING);
                message = discord.board().create(interaction.channelId(), discord.guildIdOf(interaction.channelId()),
                        discord.botUser(), loading, request.uploads());
            }
            case 6 -> interaction.original(interaction.clickedMessageId().orElse(null));
            case 7 -> {
                long clicked = interaction.clickedMessageId().orElseThrow();
                message = discord.board().edit(clicked, data, request.uploads()).orElseThrow();
            }
            case MODAL -> interaction.modal(data);
            default -> {
                return Answer.error(400, 50035, "Invalid Form Body: unknown callback type " + type);
            }
        }
        if (message != null) {
            interaction.original(Long.parseLong(message.path("id").asText()));
        }
        interaction.acknowledgementRecorded();
        if (!request.query().contains("with_response=true")) {
            return Answer.noContent();
        }
        ObjectNode response = Json.object();
        ObjectNode callback = response.putObject("interaction")
                .put("id", Long.toUnsignedString(interaction.id()))
                .put("type", interaction.type())
                .put("response_message_loading", type == 5)
                .put("response_message_ephemeral", (data.path("flags").asInt(0) & PostedMessage.EPHEMERAL) != 0);
        callback.putNull("activity_instance_id");
        if (message != null) {
            callback.put("response_message_id", message.path("id").asText());
        }
        // Discord's description has a resource only for a message sent or updated (4, 7); JDA reads it if present.
        if (type == 4 || type == 7) {
            response.putObject("resource").put("type", type).set("message", message);
        }
        return Answer.json(response);
    }

    private Optional<InjectedInteraction> acknowledgedByToken(Matcher path) {
        if (Long.parseLong(path.group(1)) != discord.applicationId()) {
            return Optional.empty();
        }
        return discord.interactionByToken(path.group(2)).filter(InjectedInteraction::acknowledged);
    }

    private Answer followUp(Incoming request, Matcher path) {
        return acknowledgedByToken(path)
                .map(interaction -> {
                    ObjectNode message = discord.board().create(interaction.channelId(),
                            discord.guildIdOf(interaction.channelId()), discord.botUser(), request.json(),
                            request.uploads());
                    interaction.followUp(Long.parseLong(message.path("id").asText()), request.receivedNanos());
                    return Answer.json(message);
                })
                .orElseGet(() -> incomingWebhook(request, path));
    }

    /** A message through a channel's incoming webhook (not an interaction's). */
    private Answer incomingWebhook(Incoming request, Matcher path) {
        return discord.webhookChannel(path.group(1), path.group(2))
                .map(channel -> Answer.json(discord.board().create(channel, discord.guildIdOf(channel),
                        discord.botUser(), request.json(), request.uploads())))
                .orElseGet(DiscordRoutes::unknownWebhook);
    }

    private Optional<Long> webhookMessage(InjectedInteraction interaction, String which) {
        return which.equals("@original") ? interaction.originalMessageId() : Optional.of(Long.parseLong(which));
    }

    private Answer editWebhookMessage(Incoming request, Matcher path) {
        Optional<InjectedInteraction> interaction = acknowledgedByToken(path);
        Optional<ObjectNode> edited = interaction
                .flatMap(found -> webhookMessage(found, path.group(3)))
                .flatMap(messageId -> discord.board().edit(messageId, request.json(), request.uploads()));
        if (edited.isPresent() && path.group(3).equals("@original")) {
            interaction.get().originalEdited(request.receivedNanos());
        }
        return edited.map(Answer::json).orElseGet(() -> Answer.error(404, 10008, "Unknown Message"));
    }

    private Answer getWebhookMessage(Incoming request, Matcher path) {
        return acknowledgedByToken(path)
                .flatMap(interaction -> webhookMessage(interaction, path.group(3)))
                .flatMap(messageId -> discord.board().get(messageId))
                .map(message -> Answer.json(message.json()))
                .orElseGet(() -> Answer.error(404, 10008, "Unknown Message"));
    }

    private Answer deleteWebhookMessage(Incoming request, Matcher path) {
        return acknowledgedByToken(path)
                .flatMap(interaction -> webhookMessage(interaction, path.group(3)))
                .filter(messageId -> discord.board().delete(messageId))
                .map(messageId -> Answer.noContent())
                .orElseGet(() -> Answer.error(404, 10008, "Unknown Message"));
    }

    private static Answer unknownWebhook() {
        return Answer.error(404, 10015, "Unknown Webhook");
    }

    private Answer createChannel(Incoming request, Matcher path) {
        return discord.guild(Long.parseLong(path.group(1)))
                .map(guild -> {
                    ObjectNode channel = guild.createChannel(request.json());
                    discord.dispatch("CHANNEL_CREATE", channel.deepCopy());
                    return Answer.created(channel);
                })
                .orElseGet(() -> Answer.error(404, 10004, "Unknown Guild"));
    }

    private Answer getChannel(Incoming request, Matcher path) {
        long channelId = Long.parseLong(path.group(1));
        return discord.channelJson(channelId).map(Answer::json)
                .orElseGet(() -> Answer.error(404, 10003, "Unknown Channel"));
    }

    private Answer deleteChannel(Incoming request, Matcher path) {
        long channelId = Long.parseLong(path.group(1));
        return discord.deleteChannel(channelId).map(Answer::json)
                .orElseGet(() -> Answer.error(404, 10003, "Unknown Channel"));
    }

    private Answer openDm(Incoming request, Matcher path) {
        long recipient = request.json().path("recipient_id").asLong();
        return discord.user(recipient).map(user -> Answer.json(discord.dmChannelJson(user)))
                .orElseGet(() -> Answer.error(400, 50033, "Invalid Recipient(s)"));
    }

    private Answer createMessage(Incoming request, Matcher path) {
        long channelId = Long.parseLong(path.group(1));
        Optional<StandInUser> dmUser = discord.dmRecipient(channelId);
        if (dmUser.isPresent() && discord.failures().dmsClosed(dmUser.get().id())) {
            return Answer.error(403, 50007, "Cannot send messages to this user");
        }
        if (dmUser.isEmpty() && discord.guildOf(channelId).isEmpty()) {
            return Answer.error(404, 10003, "Unknown Channel");
        }
        return Answer.json(discord.board().create(channelId, discord.guildIdOf(channelId), discord.botUser(),
                request.json(), request.uploads()));
    }

    /**
     * A channel's messages newest first, as Discord pages them: at most {@code limit} (1-100, default 50),
     * older than {@code before} when given. Ephemeral answers belong to their interaction, not to the channel.
     */
    private Answer listMessages(Incoming request, Matcher path) {
        long channelId = Long.parseLong(path.group(1));
        if (discord.guildOf(channelId).isEmpty() && discord.dmRecipient(channelId).isEmpty()) {
            return Answer.error(404, 10003, "Unknown Channel");
        }
        java.util.Map<String, String> query = new java.util.HashMap<>();
        for (String pair : request.query().split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                query.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        int limit = Integer.parseInt(query.getOrDefault("limit", "50"));
        if (limit < 1 || limit > 100) {
            return Answer.error(400, 50035, "Invalid Form Body: limit is 1 to 100");
        }
        long before = query.containsKey("before") ? Long.parseLong(query.get("before")) : Long.MAX_VALUE;
        ArrayNode page = Json.array();
        discord.board().in(channelId).stream()
                .filter(message -> !message.ephemeral() && message.id() < before)
                .sorted(java.util.Comparator.comparingLong(PostedMessage::id).reversed())
                .limit(limit)
                .forEach(message -> page.add(message.json()));
        return Answer.json(page);
    }

    /** Sets one member's or role's permission overwrite on a server channel (CHANNEL_UPDATE follows, as in Discord). */
    private Answer putOverwrite(Incoming request, Matcher path) {
        long channelId = Long.parseLong(path.group(1));
        return discord.guildOf(channelId)
                .flatMap(guild -> guild.putOverwrite(channelId, Long.parseLong(path.group(2)), request.json()))
                .map(channel -> {
                    discord.dispatch("CHANNEL_UPDATE", channel);
                    return Answer.noContent();
                })
                .orElseGet(() -> Answer.error(404, 10003, "Unknown Channel"));
    }

    private Answer getMessage(Incoming request, Matcher path) {
        return discord.board().get(Long.parseLong(path.group(2)))
                .filter(message -> message.channelId() == Long.parseLong(path.group(1)))
                .map(message -> Answer.json(message.json()))
                .orElseGet(() -> Answer.error(404, 10008, "Unknown Message"));
    }

    private Answer editMessage(Incoming request, Matcher path) {
        long messageId = Long.parseLong(path.group(2));
        if (discord.board().get(messageId).filter(m -> m.channelId() == Long.parseLong(path.group(1))).isEmpty()) {
            return Answer.error(404, 10008, "Unknown Message");
        }
        return discord.board().edit(messageId, request.json(), request.uploads()).map(message -> Answer.json(message))
                .orElseGet(() -> Answer.error(404, 10008, "Unknown Message"));
    }

    private Answer deleteMessage(Incoming request, Matcher path) {
        return discord.board().delete(Long.parseLong(path.group(2))) ? Answer.noContent()
                : Answer.error(404, 10008, "Unknown Message");
    }

    private Answer member(Incoming request, Matcher path) {
        long userId = Long.parseLong(path.group(2));
        return discord.guild(Long.parseLong(path.group(1)))
                .filter(guild -> guild.isMember(userId))
                .map(guild -> Answer.json(guild.memberJson(userId)))
                .orElseGet(() -> Answer.error(404, 10007, "Unknown Member"));
    }

    private Answer role(Matcher path, boolean add) {
        return discord.guild(Long.parseLong(path.group(1)))
                .filter(guild -> guild.changeRole(Long.parseLong(path.group(2)), Long.parseLong(path.group(3)), add))
                .map(guild -> Answer.noContent())
                .orElseGet(() -> Answer.error(404, 10011, "Unknown Role"));
    }
}
