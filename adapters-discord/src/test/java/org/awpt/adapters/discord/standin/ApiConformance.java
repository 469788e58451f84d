package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.awpt.adapters.discord.standin.DiscordApiDescription.Operation;

/**
 * Holds one REST exchange to Discord's published description: the request must match a documented
 * route and its JSON body (or the {@code payload_json} part of a multipart body) the route's request
 * schema, after {@link DocumentedEncodings}; the stand-in's answer must be a documented status with a
 * body matching that status's schema (strictly: the stand-in is ours and answers as Discord does).
 * Each violation reads {@code <route> <request|response> <JSON pointer>: <rule>}, e.g.
 * {@code POST /channels/{channel_id}/messages request /embeds/0/title: maxLength 256 (must be at most 256
 * characters long)}.
 */
final class ApiConformance {

    private static final String JSON_SCHEMA = "/content/application~1json/schema";

    private final DiscordApiDescription description;
    private final DocumentedEncodings encodings;

    ApiConformance(DiscordApiDescription description) {
        this.description = description;
        this.encodings = new DocumentedEncodings(description::node);
    }

    /**
     * Compiles the schemas of the documented routes the stand-in serves (cached for the JVM), so that no
     * request waits for a compilation while JDA's read timeout runs.
     *
     * @param served whether the stand-in serves a method and path (a template with each parameter "1")
     */
    void prepare(BiPredicate<String, String> served) {
        for (Operation operation : description.operations()) {
            if (!served.test(operation.method(), operation.template().substring(1).replaceAll("\\{[^}]+}", "1"))) {
                continue;
            }
            List<String> pointers = new ArrayList<>();
            pointers.add(description.resolve(operation.pointer() + "/requestBody") + JSON_SCHEMA);
            description.node(operation.pointer() + "/responses").fieldNames().forEachRemaining(status -> pointers.add(
                    description.resolve(operation.pointer() + "/responses/" + status) + JSON_SCHEMA));
            pointers.stream().filter(pointer -> !description.node(pointer).isMissingNode())
                    .forEach(description::schema);
        }
    }

    /** True when the description documents the route. */
    boolean documented(String method, String path) {
        return description.operation(method, path).isPresent();
    }

    /** The violations of a request; its body is a missing node when it has none. */
    List<String> request(String method, String path, JsonNode body) {
        Optional<Operation> operation = description.operation(method, path);
        if (operation.isEmpty()) {
            return List.of(method + " /" + path + ": no documented route");
        }
        String requestBody = operation.get().pointer() + "/requestBody";
        JsonNode documented = description.node(requestBody);
        if (documented.isMissingNode()) {
            return body.isMissingNode() ? List.of() : List.of(operation.get() + " request: a body, but none is documented");
        }
        if (body.isMissingNode()) {
            return documented.path("required").asBoolean(false)
                    ? List.of(operation.get() + " request: no body, but one is required") : List.of();
        }
        String schema = description.resolve(requestBody) + JSON_SCHEMA;
        return violations(operation.get() + " request", schema, encodings.normalize(body, schema));
    }

    /** The violations of the stand-in's answer to a request; its body is a missing node when it has none. */
    List<String> response(String method, String path, int status, JsonNode body) {
        Optional<Operation> operation = description.operation(method, path);
        if (operation.isEmpty()) {
            return List.of();
        }
        JsonNode responses = description.node(operation.get().pointer() + "/responses");
        String code = Integer.toString(status);
        String key = responses.has(code) ? code : status / 100 + "XX";
        if (!responses.has(key)) {
            return List.of(operation.get() + " response: status " + status + " is not documented");
        }
        String response = description.resolve(operation.get().pointer() + "/responses/" + key);
        boolean hasSchema = !description.node(response + JSON_SCHEMA).isMissingNode();
        if (body.isMissingNode()) {
            return hasSchema ? List.of(operation.get() + " response " + status + ": no body, but one is documented")
                    : List.of();
        }
        if (!hasSchema) {
            return List.of(operation.get() + " response " + status + ": a body, but none is documented");
        }
        return violations(operation.get() + " response " + status, response + JSON_SCHEMA, body);
    }

    /** The violations of a value against one of the description's schemas, by name (strict, as answers are). */
    List<String> shape(String where, String schemaName, JsonNode value) {
        return violations(where, "/components/schemas/" + schemaName, value);
    }

    private List<String> violations(String where, String schemaPointer, JsonNode instance) {
        List<Error> errors = description.schema(schemaPointer).validate(Json.write(instance), InputFormat.JSON);
        return UnionBranches.ofTheRightType(errors).stream().map(error -> where + " " + describe(error)).distinct()
                .collect(Collectors.toList());
    }

    private static String describe(Error error) {
        String pointer = error.getInstanceLocation().toString();
        String arguments = error.getArguments() == null ? "" : Arrays.stream(error.getArguments())
                .filter(argument -> argument instanceof Number || argument instanceof String)
                .map(String::valueOf).filter(text -> text.length() <= 40).collect(Collectors.joining(" "));
        return (pointer.isEmpty() ? "/" : pointer) + ": " + error.getKeyword()
                + (arguments.isEmpty() ? "" : " " + arguments) + " (" + error.getMessage() + ")";
    }
}
