package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway is not in Discord's HTTP description, but what its dispatches carry is: a message, a
 * member, a user, a channel, a role. Before the stand-in sends a dispatch, each such part is held to
 * the description's schema of that object, so the stand-in's gateway payloads cannot drift from
 * Discord's shapes. A violation reads {@code gateway INTERACTION_CREATE /message: <pointer>: <rule>}.
 */
final class GatewayShapes {

    private final ApiConformance conformance;

    GatewayShapes(ApiConformance conformance) {
        this.conformance = conformance;
    }

    /** The violations of a dispatch's documented parts. */
    List<String> check(String type, JsonNode data) {
        List<String> violations = new ArrayList<>();
        switch (type) {
            case "READY" -> part(violations, type, data, "/user", "UserPIIResponse");
            case "GUILD_CREATE" -> {
                each(violations, type, data, "/roles", "GuildRoleResponse");
                each(violations, type, data, "/members", "GuildMemberResponse");
            }
            case "INTERACTION_CREATE" -> {
                part(violations, type, data, "/message", "MessageResponse");
                part(violations, type, data, "/member", "GuildMemberResponse");
                part(violations, type, data, "/user", "UserResponse");
                part(violations, type, data, "/channel", channelSchema(data.path("channel")));
            }
            case "MESSAGE_CREATE" -> part(violations, type, data, "", "MessageResponse");
            case "CHANNEL_CREATE", "CHANNEL_DELETE" -> part(violations, type, data, "", "GuildChannelResponse");
            default -> { }
        }
        return violations;
    }

    private static String channelSchema(JsonNode channel) {
        return channel.path("type").asInt() == 1 ? "PrivateChannelResponse" : "GuildChannelResponse";
    }

    private void each(List<String> violations, String type, JsonNode data, String pointer, String schema) {
        JsonNode array = data.at(pointer);
        for (int i = 0; i < array.size(); i++) {
            part(violations, type, data, pointer + "/" + i, schema);
        }
    }

    private void part(List<String> violations, String type, JsonNode data, String pointer, String schema) {
        JsonNode value = data.at(pointer);
        if (!value.isMissingNode()) {
            violations.addAll(conformance.shape("gateway " + type + " " + (pointer.isEmpty() ? "/" : pointer) + " ("
                    + schema + ")", schema, value));
        }
    }
}
