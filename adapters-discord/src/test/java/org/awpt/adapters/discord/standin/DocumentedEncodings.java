package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one normalization applied to what JDA sends before it is validated, because Discord accepts
 * both encodings of these values and JDA uses the other one than the description:
 * <ul>
 *   <li>a snowflake (a {@code $ref} to {@code SnowflakeType}, a digit string in the description) sent
 *       as a JSON number, e.g. {@code recipient_id}, {@code permission_overwrites[].id},
 *       {@code attachments[].id}: becomes its digit string;</li>
 *   <li>an integer (an integer enum such as {@code InteractionContextType}, or a permission bitfield
 *       such as {@code default_member_permissions}; {@code type: integer} in the description) sent as a
 *       string of digits, e.g. {@code "contexts": ["0","1"]}: becomes the number.</li>
 * </ul>
 * Nothing else changes: the schema is not loosened, and any other value keeps its encoding. The walk
 * follows the instance, so it ends; a value under a union ({@code anyOf}/{@code oneOf}) is normalized
 * by each branch in turn (no branch of Discord's unions types one property as a snowflake and another
 * as an integer).
 */
final class DocumentedEncodings {

    private static final String SNOWFLAKE = "#/components/schemas/SnowflakeType";
    private static final Pattern DIGITS = Pattern.compile("0|[1-9][0-9]*");
    /** {@code $ref}/{@code allOf} hops without moving in the instance before the walk gives up (a cycle). */
    private static final int MAX_HOPS = 32;

    private final Function<String, JsonNode> description;

    /** @param description resolves a JSON pointer into the description */
    DocumentedEncodings(Function<String, JsonNode> description) {
        this.description = description;
    }

    /** A normalized copy of the instance, validated against the schema at the pointer. */
    JsonNode normalize(JsonNode instance, String schemaPointer) {
        return walk(instance.deepCopy(), description.apply(schemaPointer), 0);
    }

    private JsonNode walk(JsonNode instance, JsonNode schema, int hops) {
        if (hops > MAX_HOPS || schema == null || !schema.isObject()) {
            return instance;
        }
        JsonNode result = instance;
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (ref.equals(SNOWFLAKE) && result.isIntegralNumber()) {
                return JsonNodeFactory.instance.textNode(result.bigIntegerValue().toString());
            }
            result = walk(result, description.apply(ref.substring(1)), hops + 1);
        }
        if (allowsInteger(schema) && !allowsString(schema) && result.isTextual()
                && DIGITS.matcher(result.asText()).matches()) {
            return JsonNodeFactory.instance.numberNode(new BigInteger(result.asText()));
        }
        for (JsonNode branch : schema.path("allOf")) {
            result = walk(result, branch, hops + 1);
        }
        for (String union : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : branchesFor(result, schema.path(union))) {
                result = walk(result, branch, hops + 1);
            }
        }
        if (result instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode property = schema.path("properties").path(name);
                JsonNode valueSchema = property.isMissingNode() ? schema.get("additionalProperties") : property;
                object.set(name, walk(object.get(name), valueSchema, 0));
            }
        } else if (result instanceof ArrayNode array && schema.has("items")) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, walk(array.get(i), schema.get("items"), 0));
            }
        }
        return result;
    }

    /**
     * The branches of a union that take the value as it is encoded (a digit string stays a string when
     * one branch is a string, as {@code nonce} is); all of them when none does.
     */
    private List<JsonNode> branchesFor(JsonNode instance, JsonNode union) {
        List<JsonNode> all = new ArrayList<>();
        union.forEach(all::add);
        List<JsonNode> taking = all.stream().filter(branch -> takes(resolved(branch), instance)).toList();
        return taking.isEmpty() ? all : taking;
    }

    private JsonNode resolved(JsonNode schema) {
        JsonNode current = schema;
        for (int hop = 0; hop < MAX_HOPS && current.has("$ref"); hop++) {
            current = description.apply(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static boolean takes(JsonNode schema, JsonNode instance) {
        List<String> types = types(schema);
        String kind = switch (instance.getNodeType()) {
            case STRING -> "string";
            case NUMBER -> instance.isIntegralNumber() ? "integer" : "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            case ARRAY -> "array";
            default -> "object";
        };
        return types.contains(kind) || (kind.equals("integer") && types.contains("number"));
    }

    private static boolean allowsInteger(JsonNode schema) {
        return types(schema).contains("integer");
    }

    private static boolean allowsString(JsonNode schema) {
        return types(schema).contains("string");
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            return List.of(type.asText());
        }
        List<String> types = new ArrayList<>();
        type.forEach(each -> types.add(each.asText()));
        return types;
    }
}
