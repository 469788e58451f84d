package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Discord's published OpenAPI 3.1 description of its HTTP API (v10), from the test resources
 * ({@code discord-api/openapi.json}, see the README there): its routes, and its schemas compiled by a
 * JSON Schema 2020-12 validator with the whole document as the resource, so that the
 * {@code #/components/schemas/...} references resolve. Loaded and compiled once per JVM
 * ({@link #get()}): the file is 1.2 MB and compiling it takes seconds.
 */
final class DiscordApiDescription {

    static final String RESOURCE = "discord-api/openapi.json";
    private static final String LOCATION = "classpath:" + RESOURCE;
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    /** A documented operation: its method, path template and JSON pointer in the description. */
    record Operation(String method, String template, String pointer) {

        /** How the scenario names the route, e.g. {@code POST /channels/{channel_id}/messages}. */
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private record Template(String template, Pattern regex, int parameters) {
    }

    private static final class Holder {
        static final DiscordApiDescription INSTANCE = new DiscordApiDescription();
    }

    private final JsonNode document;
    private final List<Template> templates = new ArrayList<>();
    /** OpenAPI 3.1's dialect, plus Discord's one annotation (unions meant as oneOf), which validates nothing. */
    private final SchemaRegistry registry = SchemaRegistry.withDialect(Dialect.builder(Dialects.getOpenApi31())
                    .keyword(new NonValidationKeyword("x-discord-union")).build(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER)
                    .build()));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private DiscordApiDescription() {
        try (InputStream in = DiscordApiDescription.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Discord's API description is missing: " + RESOURCE);
            }
            document = Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
        for (Iterator<String> paths = document.path("paths").fieldNames(); paths.hasNext(); ) {
            String template = paths.next();
            String regex = PARAMETER.splitAsStream(template + "\u0000").map(Pattern::quote)
                    .reduce((left, right) -> left + "[^/]+" + right).orElseThrow().replace("\u0000", "");
            templates.add(new Template(template, Pattern.compile(regex),
                    (int) PARAMETER.matcher(template).results().count()));
        }
        // A literal segment wins over a parameter: users/@me is not users/{user_id}.
        templates.sort(Comparator.comparingInt(Template::parameters));
    }

    /** The description, loaded once per JVM. */
    static DiscordApiDescription get() {
        return Holder.INSTANCE;
    }

    /** Every documented operation. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Template template : templates) {
            for (String method : METHODS) {
                if (document.path("paths").path(template.template()).has(method)) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), template.template(),
                            "/paths/" + escape(template.template()) + "/" + method));
                }
            }
        }
        return operations;
    }

    /** The documented operation for a method and a path below {@code /api/v10/} (no leading slash). */
    Optional<Operation> operation(String method, String path) {
        String lower = method.toLowerCase(Locale.ROOT);
        if (!METHODS.contains(lower)) {
            return Optional.empty();
        }
        String absolute = "/" + path;
        return templates.stream()
                .filter(template -> template.regex().matcher(absolute).matches())
                .filter(template -> document.path("paths").path(template.template()).has(lower))
                .findFirst()
                .map(template -> new Operation(method, template.template(),
                        "/paths/" + escape(template.template()) + "/" + lower));
    }

    /** A node of the description by JSON pointer (following one OpenAPI {@code $ref} at the end, if any). */
    JsonNode node(String pointer) {
        JsonNode node = document.at(pointer);
        if (node.has("$ref")) {
            return document.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /** Where an OpenAPI {@code $ref} at the pointer leads, or the pointer itself when there is none. */
    String resolve(String pointer) {
        JsonNode node = document.at(pointer);
        return node.has("$ref") ? node.get("$ref").asText().substring(1) : pointer;
    }

    /** The compiled schema at a JSON pointer into the description; cached. */
    Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, key -> {
            Schema schema = registry.getSchema(SchemaLocation.of(LOCATION + "#" + key));
            schema.initializeValidators();
            return schema;
        });
    }

    /** A JSON pointer token: {@code ~} and {@code /} escaped (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
