package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One REST request the bot made and how the stand-in answered it.
 *
 * @param method   HTTP method
 * @param path     path below {@code /api/v10/}, e.g. {@code channels/42/messages}
 * @param query    raw query string, empty when none
 * @param json     the JSON body (from {@code payload_json} for multipart), a missing node when none
 * @param uploads  file parts of a multipart body
 * @param status   the status the stand-in answered with
 * @param routed     false when no stand-in route matched: the stand-in answered 404
 * @param violations how the request or the stand-in's answer breaks Discord's published API description
 *                   (route, JSON pointer, rule); empty when both conform
 * @param handling   how long the stand-in itself took to answer (parse, check against the description, route):
 *                   time the bot's latency figures include but Discord would not spend the same way
 */
public record RecordedCall(String method, String path, String query, JsonNode json, List<Upload> uploads, int status,
        boolean routed, List<String> violations, Duration handling) {

    /** Copies the uploads and violations. */
    public RecordedCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(handling, "handling");
        uploads = List.copyOf(uploads);
        violations = List.copyOf(violations);
    }

    /**
     * A gateway dispatch the stand-in sent whose documented parts break Discord's description: logged
     * with the calls (method {@code GATEWAY}, path the event name) so that a test fails on it.
     */
    static RecordedCall gatewayDispatch(String event, JsonNode data, List<String> violations) {
        return new RecordedCall("GATEWAY", event, "", data, List.of(), 0, true, violations, Duration.ZERO);
    }

    /** True when a stand-in route answered and both sides kept to Discord's description; a test fails otherwise. */
    public boolean expected() {
        return routed && violations.isEmpty();
    }

    /** True when this is {@code method} on a path matching {@code pathRegex}. */
    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status
                + (uploads.isEmpty() ? "" : " " + uploads) + (json.isMissingNode() ? "" : " " + json)
                + (routed ? "" : "\n    no stand-in route")
                + violations.stream().map(violation -> "\n    " + violation).collect(Collectors.joining());
    }
}
