package org.awpt.adapters.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;
import org.awpt.domain.DiscordUserId;

/** Reads the fields of a signed webhook body; a missing field the shop needs makes the webhook unreadable. */
final class WebhookJson {
    /** The custom field (checkout question) that carries the buyer's Discord user id, on every storefront. */
    static final String DISCORD_FIELD = "discord_id";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final JsonNode root;

    private WebhookJson(JsonNode root) {
        this.root = root;
    }

    /** The body as JSON, or an unreadable refusal. */
    static WebhookJson parse(byte[] body) {
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw new WebhookRefused(WebhookRefused.Kind.UNREADABLE, "the body is not a JSON object");
            }
            return new WebhookJson(root);
        } catch (JsonProcessingException e) {
            throw new WebhookRefused(WebhookRefused.Kind.UNREADABLE, "the body is not JSON");
        } catch (java.io.IOException e) {
            throw new WebhookRefused(WebhookRefused.Kind.UNREADABLE, "the body could not be read");
        }
    }

    /** The node at a JSON pointer ({@code /data/quantity}), if present and not null. */
    Optional<JsonNode> at(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    /** The text (or number, as text) at the first pointer present; empty when none is. */
    Optional<String> text(String... pointers) {
        for (String pointer : pointers) {
            Optional<String> found = at(pointer).filter(JsonNode::isValueNode).map(JsonNode::asText)
                    .filter(text -> !text.isBlank());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The text at the first pointer present, or an unreadable refusal naming {@code what}. */
    String requireText(String what, String... pointers) {
        return text(pointers).orElseThrow(() -> new WebhookRefused(WebhookRefused.Kind.UNREADABLE, "no " + what));
    }

    /** The whole number at the first pointer present, or an unreadable refusal naming {@code what}. */
    int requireCount(String what, String... pointers) {
        String text = requireText(what, pointers);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new WebhookRefused(WebhookRefused.Kind.UNREADABLE, what + " is not a whole number");
        }
    }

    /**
     * The buyer's Discord user id from the {@value #DISCORD_FIELD} custom field under {@code fieldsPointer},
     * when the buyer filled it in with a valid id; a storefront may send custom fields as an object
     * ({@code {"discord_id": "..."}}) or as a list of {@code {key|label|name, value}} entries.
     */
    static Optional<DiscordUserId> discordBuyer(Optional<JsonNode> fields) {
        Optional<String> raw = fields.flatMap(node -> {
            if (node.isObject()) {
                return Optional.ofNullable(node.get(DISCORD_FIELD)).map(JsonNode::asText);
            }
            if (node.isArray()) {
                for (JsonNode entry : node) {
                    for (String name : new String[] {"key", "label", "name"}) {
                        if (DISCORD_FIELD.equalsIgnoreCase(entry.path(name).asText())) {
                            return Optional.of(entry.path("value").asText());
                        }
                    }
                }
            }
            return Optional.empty();
        });
        return raw.map(String::strip).flatMap(text -> {
            try {
                return Optional.of(DiscordUserId.parse(text));
            } catch (IllegalArgumentException | org.awpt.domain.InvalidInputException notAnId) {
                return Optional.empty(); // the buyer typed something else: an email-only sale
            }
        });
    }
}
