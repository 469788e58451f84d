package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A guild as the stand-in shows it to JDA: roles, text channels and categories, members. Tests set it
 * up before JDA connects; the bot then changes it through REST (channels, member roles).
 */
public final class StandInGuild {

    /** View, send, embed, attach, read history, use application commands. */
    public static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 15) | (1L << 16)
            | (1L << 31);
    /** Discord's ADMINISTRATOR bit. */
    public static final long ADMINISTRATOR = 1L << 3;

    private final long id;
    private final String name;
    private final Snowflakes ids;
    private final long ownerId;
    private final Map<Long, ObjectNode> roles = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> channels = new LinkedHashMap<>();
    private final Map<Long, StandInUser> members = new LinkedHashMap<>();
    private final Map<Long, Set<Long>> memberRoles = new LinkedHashMap<>();

    StandInGuild(long id, String name, StandInUser owner, Snowflakes ids) {
        this.id = id;
        this.name = name;
        this.ids = ids;
        this.ownerId = owner.id();
        roles.put(id, role(id, "@everyone", EVERYONE_PERMISSIONS, 0));
        addMember(owner);
    }

    /** The guild id. */
    public long id() {
        return id;
    }

    /** The guild's name. */
    public String name() {
        return name;
    }

    /** Adds a role with the given permission bits (below the bot's role) and returns its id. */
    public synchronized long addRole(String roleName, long permissions) {
        return addRole(roleName, permissions, roles.size());
    }

    /** Adds a role at a position in the hierarchy (higher is more powerful) and returns its id. */
    synchronized long addRole(String roleName, long permissions, int position) {
        long roleId = ids.next();
        roles.put(roleId, role(roleId, roleName, permissions, position));
        return roleId;
    }

    /** Adds a text channel at the top level and returns its id. */
    public long addTextChannel(String channelName) {
        return addChannel(channelName, 0, null);
    }

    /** Adds a text channel below a category and returns its id. */
    public long addTextChannel(String channelName, long categoryId) {
        return addChannel(channelName, 0, categoryId);
    }

    /** Adds a category and returns its id. */
    public long addCategory(String categoryName) {
        return addChannel(categoryName, 4, null);
    }

    /** Makes the user a member with the given roles (besides @everyone). */
    public synchronized void addMember(StandInUser user, long... roleIds) {
        members.put(user.id(), user);
        Set<Long> set = memberRoles.computeIfAbsent(user.id(), key -> new LinkedHashSet<>());
        for (long roleId : roleIds) {
            set.add(roleId);
        }
    }

    /** Removes a member and their roles, as leaving a server does. */
    synchronized void removeMember(long userId) {
        members.remove(userId);
        memberRoles.remove(userId);
    }

    /** The member's roles (without @everyone) as they are now, after the bot's changes. */
    public synchronized Set<Long> rolesOf(long userId) {
        return Set.copyOf(memberRoles.getOrDefault(userId, Set.of()));
    }

    /** A channel's JSON as it is now, if the channel exists. */
    public synchronized Optional<JsonNode> channel(long channelId) {
        return Optional.ofNullable(channels.get(channelId)).map(JsonNode::deepCopy);
    }

    /** All channels, in creation order. */
    public synchronized List<JsonNode> channels() {
        return channels.values().stream().map(node -> (JsonNode) node.deepCopy()).toList();
    }

    /** Finds a channel by name. */
    public synchronized Optional<JsonNode> channelNamed(String channelName) {
        return channels.values().stream().filter(c -> c.path("name").asText().equals(channelName))
                .map(node -> (JsonNode) node.deepCopy()).findFirst();
    }

    synchronized boolean hasChannel(long channelId) {
        return channels.containsKey(channelId);
    }

    synchronized boolean isMember(long userId) {
        return members.containsKey(userId);
    }

    private synchronized long addChannel(String channelName, int type, Long parentId) {
        ObjectNode request = Json.object().put("name", channelName).put("type", type);
        if (parentId != null) {
            request.put("parent_id", Long.toUnsignedString(parentId));
        }
        return createChannel(request).path("id").asLong();
    }

    /** Creates a channel from a {@code POST guilds/{id}/channels} body and returns its JSON. */
    synchronized ObjectNode createChannel(JsonNode request) {
        long channelId = ids.next();
        ObjectNode channel = Json.object()
                .put("id", Long.toUnsignedString(channelId))
                .put("type", request.path("type").asInt(0))
                .put("guild_id", Long.toUnsignedString(id))
                .put("name", request.path("name").asText("channel"))
                .put("position", channels.size())
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .put("flags", 0);
        ArrayNode overwrites = channel.putArray("permission_overwrites");
        // As Discord answers them: ids and permission bits as strings, whatever encoding the bot sent.
        request.path("permission_overwrites").forEach(overwrite -> overwrites.addObject()
                .put("id", overwrite.path("id").asText())
                .put("type", overwrite.path("type").asInt())
                .put("allow", overwrite.path("allow").asText("0"))
                .put("deny", overwrite.path("deny").asText("0")));
        JsonNode parent = request.path("parent_id");
        if (parent.isMissingNode() || parent.isNull()) {
            channel.putNull("parent_id");
        } else {
            channel.put("parent_id", parent.asText());
        }
        if (request.hasNonNull("topic")) {
            channel.put("topic", request.get("topic").asText());
        } else {
            channel.putNull("topic");
        }
        channel.putNull("last_message_id");
        channels.put(channelId, channel);
        return channel.deepCopy();
    }

    /** Replaces (or adds) the overwrite of a member or role on a channel; the channel as it is then. */
    synchronized Optional<ObjectNode> putOverwrite(long channelId, long targetId, JsonNode request) {
        ObjectNode channel = channels.get(channelId);
        if (channel == null) {
            return Optional.empty();
        }
        ArrayNode overwrites = (ArrayNode) channel.path("permission_overwrites");
        for (int i = overwrites.size() - 1; i >= 0; i--) {
            if (overwrites.get(i).path("id").asLong() == targetId) {
                overwrites.remove(i);
            }
        }
        overwrites.addObject().put("id", Long.toUnsignedString(targetId)).put("type", request.path("type").asInt())
                .put("allow", request.path("allow").asText("0")).put("deny", request.path("deny").asText("0"));
        return Optional.of(channel.deepCopy());
    }

    synchronized Optional<ObjectNode> deleteChannel(long channelId) {
        return Optional.ofNullable(channels.remove(channelId));
    }

    synchronized boolean changeRole(long userId, long roleId, boolean add) {
        if (!members.containsKey(userId) || !roles.containsKey(roleId)) {
            return false;
        }
        Set<Long> set = memberRoles.computeIfAbsent(userId, key -> new LinkedHashSet<>());
        if (add) {
            set.add(roleId);
        } else {
            set.remove(roleId);
        }
        return true;
    }

    synchronized ObjectNode memberJson(long userId) {
        StandInUser user = members.get(userId);
        if (user == null) {
            throw new IllegalArgumentException("Not a member of " + name + ": " + userId);
        }
        ObjectNode member = Json.object();
        member.set("user", user.json());
        member.putNull("nick");
        member.putNull("avatar");
        member.putNull("banner");
        ArrayNode roleIds = member.putArray("roles");
        memberRoles.getOrDefault(userId, Set.of()).forEach(roleId -> roleIds.add(Long.toUnsignedString(roleId)));
        member.put("joined_at", Json.TIMESTAMP);
        member.putNull("premium_since");
        member.put("deaf", false).put("mute", false).put("pending", false).put("flags", 0);
        member.putNull("communication_disabled_until");
        return member;
    }

    /** The member's permission bits from its roles, as Discord sends it in interactions. */
    synchronized long permissionsOf(long userId) {
        if (userId == ownerId) {
            return ADMINISTRATOR | EVERYONE_PERMISSIONS;
        }
        long bits = roles.get(id).path("permissions").asLong();
        for (long roleId : memberRoles.getOrDefault(userId, Set.of())) {
            ObjectNode role = roles.get(roleId);
            if (role != null) {
                bits |= Long.parseLong(role.path("permissions").asText());
            }
        }
        return bits;
    }

    /** The full guild object of a GUILD_CREATE dispatch. */
    synchronized ObjectNode createJson() {
        ObjectNode guild = Json.object()
                .put("id", Long.toUnsignedString(id))
                .put("name", name)
                .put("owner_id", Long.toUnsignedString(ownerId))
                .put("member_count", members.size())
                .put("large", false)
                .put("unavailable", false)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false)
                .put("preferred_locale", "en-US")
                .put("afk_timeout", 300)
                .put("max_members", 500_000)
                .put("joined_at", Json.TIMESTAMP);
        for (String nullField : List.of("icon", "splash", "discovery_splash", "banner", "description",
                "vanity_url_code", "afk_channel_id", "system_channel_id", "rules_channel_id",
                "public_updates_channel_id", "safety_alerts_channel_id")) {
            guild.putNull(nullField);
        }
        guild.put("system_channel_flags", 0);
        for (String emptyList : List.of("features", "emojis", "stickers", "voice_states", "presences", "threads",
                "stage_instances", "guild_scheduled_events", "soundboard_sounds")) {
            guild.putArray(emptyList);
        }
        ArrayNode roleArray = guild.putArray("roles");
        roles.values().forEach(role -> roleArray.add(role.deepCopy()));
        ArrayNode channelArray = guild.putArray("channels");
        channels.values().forEach(channel -> {
            ObjectNode copy = channel.deepCopy();
            copy.remove("guild_id");
            channelArray.add(copy);
        });
        ArrayNode memberArray = guild.putArray("members");
        new ArrayList<>(members.keySet()).forEach(userId -> memberArray.add(memberJson(userId)));
        return guild;
    }

    private static ObjectNode role(long roleId, String roleName, long permissions, int position) {
        ObjectNode role = Json.object()
                .put("id", Long.toUnsignedString(roleId))
                .put("name", roleName)
                .put("color", 0)
                .put("hoist", false)
                .put("position", position)
                .put("permissions", Long.toString(permissions))
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        role.putObject("colors").put("primary_color", 0).putNull("secondary_color");
        ((ObjectNode) role.get("colors")).putNull("tertiary_color");
        role.putNull("icon");
        role.putNull("unicode_emoji");
        return role;
    }
}
