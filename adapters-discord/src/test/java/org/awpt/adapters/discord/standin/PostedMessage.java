package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;

/**
 * A message as a person would see it now: the latest version after the bot's edits.
 *
 * @param id        message id
 * @param channelId the channel (or DM channel) it is in
 * @param json      the message object as the stand-in returned it to JDA
 * @param files     the attached files, as uploaded
 * @param edits     how many times the bot edited it
 */
public record PostedMessage(long id, long channelId, JsonNode json, List<Upload> files, int edits) {

    /** Discord's EPHEMERAL message flag. */
    public static final int EPHEMERAL = 1 << 6;

    /** Copies the files. */
    public PostedMessage {
        Objects.requireNonNull(json, "json");
        files = List.copyOf(files);
    }

    /** The text content, empty when none. */
    public String content() {
        return json.path("content").asText("");
    }

    /** The embeds (possibly empty). */
    public List<JsonNode> embeds() {
        return StreamSupport.stream(json.path("embeds").spliterator(), false).toList();
    }

    /** Every text a person reads in the message: content, embed titles, descriptions, fields, footers. */
    public String visibleText() {
        StringBuilder text = new StringBuilder(content());
        for (JsonNode embed : embeds()) {
            text.append('\n').append(embed.path("title").asText(""))
                    .append('\n').append(embed.path("description").asText(""));
            embed.path("fields").forEach(field -> text.append('\n').append(field.path("name").asText(""))
                    .append(": ").append(field.path("value").asText("")));
            text.append('\n').append(embed.path("footer").path("text").asText(""));
        }
        collectTexts(json.path("components"), text);
        return text.toString();
    }

    /** Every custom_id of a button or select in the message, in order. */
    public List<String> customIds() {
        return json.path("components").findValuesAsText("custom_id");
    }

    /** Whether the component with this custom_id is disabled; fails when there is none. */
    public boolean isDisabled(String customId) {
        return findComponent(json.path("components"), customId).path("disabled").asBoolean(false);
    }

    /** True when only the person who used the interaction can see it. */
    public boolean ephemeral() {
        return (json.path("flags").asInt(0) & EPHEMERAL) != 0;
    }

    private static JsonNode findComponent(JsonNode node, String customId) {
        for (JsonNode parent : node.findParents("custom_id")) {
            if (parent.path("custom_id").asText().equals(customId)) {
                return parent;
            }
        }
        throw new AssertionError("No component " + customId + " in " + node);
    }

    private static void collectTexts(JsonNode components, StringBuilder text) {
        components.findValuesAsText("content").forEach(content -> text.append('\n').append(content));
        components.findValuesAsText("label").forEach(label -> text.append('\n').append(label));
    }
}
