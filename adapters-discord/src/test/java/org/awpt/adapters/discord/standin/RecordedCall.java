package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One REST request the bot made and how the stand-in answered it.
 *
 * @param method   HTTP method
 * @param path     path below {@code /api/v10/}, e.g. {@code channels/42/messages}
 * @param query    raw query string, empty when none
 * @param json     the JSON body (from {@code payload_json} for multipart), a missing node when none
 * @param uploads  file parts of a multipart body
 * @param status   the status the stand-in answered with
 * @param expected false when no route matched: the stand-in answered 404 and the test should fail
 */
public record RecordedCall(String method, String path, String query, JsonNode json, List<Upload> uploads, int status,
        boolean expected) {

    /** Copies the uploads. */
    public RecordedCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(json, "json");
        uploads = List.copyOf(uploads);
    }

    /** True when this is {@code method} on a path matching {@code pathRegex}. */
    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status
                + (uploads.isEmpty() ? "" : " " + uploads) + (json.isMissingNode() ? "" : " " + json);
    }
}
