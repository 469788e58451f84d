package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * Builds INTERACTION_CREATE payloads the way Discord sends them, with what JDA's parser needs: a
 * {@code channel} object, {@code context}, {@code authorizing_integration_owners}, and a {@code message}
 * for component interactions.
 */
final class InteractionPayloads {

    static final int APPLICATION_COMMAND = 2;
    static final int MESSAGE_COMPONENT = 3;
    static final int MODAL_SUBMIT = 5;
    /** Attachments up to 10 MiB, the limit of a guild without boosts. */
    private static final int ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

    private final DiscordStandIn discord;

    InteractionPayloads(DiscordStandIn discord) {
        this.discord = discord;
    }

    /** The envelope shared by every interaction type; {@code data} is filled by the caller. */
    ObjectNode envelope(InjectedInteraction interaction, Optional<PostedMessage> message) {
        ObjectNode payload = Json.object()
                .put("id", Long.toUnsignedString(interaction.id()))
                .put("application_id", Long.toUnsignedString(discord.applicationId()))
                .put("type", interaction.type())
                .put("token", interaction.token())
                .put("version", 1)
                .put("locale", discord.clientLocale(interaction.user()))
                .put("attachment_size_limit", ATTACHMENT_SIZE_LIMIT);
        payload.putArray("entitlements");
        long channelId = interaction.channelId();
        Optional<StandInGuild> guild = discord.guildOf(channelId);
        ObjectNode owners = payload.putObject("authorizing_integration_owners");
        if (guild.isPresent()) {
            StandInGuild g = guild.get();
            String permissions = Long.toString(g.permissionsOf(interaction.user().id()));
            payload.put("guild_id", Long.toUnsignedString(g.id())).put("guild_locale", "en-US")
                    .put("context", 0)
                    .put("app_permissions", Long.toString(g.permissionsOf(discord.botUser().id())));
            payload.putObject("guild").put("id", Long.toUnsignedString(g.id())).put("locale", "en-US")
                    .putArray("features");
            ObjectNode member = g.memberJson(interaction.user().id());
            member.put("permissions", permissions);
            payload.set("member", member);
            ObjectNode channel = (ObjectNode) g.channel(channelId).orElseThrow();
            channel.put("permissions", permissions);
            payload.set("channel", channel);
            owners.put("0", Long.toUnsignedString(g.id()));
        } else {
            payload.put("context", 1).put("app_permissions", Long.toString(StandInGuild.EVERYONE_PERMISSIONS));
            payload.set("user", interaction.user().json());
            payload.set("channel", discord.dmChannelJson(interaction.user()));
            owners.put("0", "0");
        }
        payload.put("channel_id", Long.toUnsignedString(channelId));
        message.ifPresent(m -> payload.set("message", m.json().deepCopy()));
        return payload;
    }

    ObjectNode slashData(String name, List<SlashOption> options, Optional<StandInGuild> guild) {
        ObjectNode data = Json.object()
                .put("id", discord.commandId(name))
                .put("name", name)
                .put("type", 1);
        guild.ifPresent(g -> data.put("guild_id", Long.toUnsignedString(g.id())));
        ObjectNode resolved = Json.object();
        data.set("options", options(options, resolved, guild));
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        return data;
    }

    private ArrayNode options(List<SlashOption> options, ObjectNode resolved, Optional<StandInGuild> guild) {
        ArrayNode array = Json.array();
        for (SlashOption option : options) {
            ObjectNode json = Json.object().put("name", option.name()).put("type", option.type());
            Object value = option.value();
            if (option.type() == 1 || option.type() == 2) {
                json.set("options", options(option.options(), resolved, guild));
            } else if (value instanceof StandInFile file) {
                JsonNode attachment = resolve(resolved, file);
                json.put("value", attachment.path("id").asText());
            } else if (value instanceof StandInUser user) {
                ObjectNode users = resolved.has("users") ? (ObjectNode) resolved.get("users") : resolved.putObject("users");
                users.set(user.idString(), user.json());
                guild.filter(g -> g.isMember(user.id())).ifPresent(g -> {
                    ObjectNode members = resolved.has("members") ? (ObjectNode) resolved.get("members")
                            : resolved.putObject("members");
                    ObjectNode member = g.memberJson(user.id());
                    member.remove("user");
                    member.put("permissions", Long.toString(g.permissionsOf(user.id())));
                    members.set(user.idString(), member);
                });
                json.put("value", user.idString());
            } else if (value instanceof Long number) {
                json.put("value", number);
            } else if (value instanceof Boolean flag) {
                json.put("value", flag);
            } else {
                json.put("value", String.valueOf(value));
            }
            array.add(json);
        }
        return array;
    }

    ObjectNode componentData(String customId, int componentType, List<String> values) {
        ObjectNode data = Json.object().put("custom_id", customId).put("component_type", componentType);
        if (componentType != 2) {
            ArrayNode array = data.putArray("values");
            values.forEach(array::add);
        }
        return data;
    }

    /** Modal fields inside Labels (component type 18), as Discord sends modals built with JDA 6 labels. */
    ObjectNode modalData(String customId, List<ModalField> fields) {
        ObjectNode data = Json.object().put("custom_id", customId);
        ArrayNode components = data.putArray("components");
        ObjectNode resolved = Json.object();
        int componentId = 1;
        for (ModalField field : fields) {
            ObjectNode label = components.addObject().put("type", 18).put("id", componentId++);
            ObjectNode inner = label.putObject("component").put("id", componentId++)
                    .put("custom_id", field.customId());
            if (field.text() != null) {
                inner.put("type", 4).put("value", field.text());
            } else {
                inner.put("type", 19);
                ArrayNode values = inner.putArray("values");
                field.files().forEach(file -> values.add(resolve(resolved, file).path("id").asText()));
            }
        }
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        return data;
    }

    private JsonNode resolve(ObjectNode resolved, StandInFile file) {
        ObjectNode attachment = discord.board().host(new Upload("upload", file.filename(), file.contentType(),
                file.bytes()));
        attachment.put("ephemeral", true);
        ObjectNode attachments = resolved.has("attachments") ? (ObjectNode) resolved.get("attachments")
                : resolved.putObject("attachments");
        attachments.set(attachment.path("id").asText(), attachment);
        return attachment;
    }
}
