package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The stand-in's JSON plumbing: one mapper, small builders. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** A fixed timestamp for entities whose age does not matter (members joined, messages). */
    static final String TIMESTAMP = "2025-01-01T00:00:00.000000+00:00";

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Not JSON: " + text, e);
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Discord error body, e.g. {@code {"message":"Unknown interaction","code":10062}}. */
    static ObjectNode error(int code, String message) {
        return object().put("message", message).put("code", code);
    }
}
