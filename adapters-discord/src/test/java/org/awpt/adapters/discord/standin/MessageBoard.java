package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Messages in channels and DMs, and the files the stand-in hosts for attachment URLs. */
final class MessageBoard {

    /** Discord's LOADING message flag: a deferred reply shows "thinking...". */
    static final int LOADING = 1 << 7;

    private final Snowflakes ids;
    private final Function<Long, String> fileUrl;
    private final Map<Long, PostedMessage> messages = new LinkedHashMap<>();
    private final Map<Long, StoredFile> files = new LinkedHashMap<>();

    record StoredFile(Upload upload, ObjectNode json) {
    }

    MessageBoard(Snowflakes ids, Function<Long, String> fileUrl) {
        this.ids = ids;
        this.fileUrl = fileUrl;
    }

    /** Stores a file and returns its attachment object (id, filename, size, url). */
    synchronized ObjectNode host(Upload upload) {
        long id = ids.next();
        ObjectNode json = Json.object()
                .put("id", Long.toUnsignedString(id))
                .put("filename", upload.filename())
                .put("size", upload.bytes().length)
                .put("url", fileUrl.apply(id) + "/" + upload.filename())
                .put("proxy_url", fileUrl.apply(id) + "/" + upload.filename());
        if (!upload.contentType().isEmpty()) {
            json.put("content_type", upload.contentType());
        }
        files.put(id, new StoredFile(upload, json));
        return json.deepCopy();
    }

    synchronized Optional<Upload> file(long id) {
        return Optional.ofNullable(files.get(id)).map(StoredFile::upload);
    }

    /** Creates a message from a bot payload and returns the message object. */
    synchronized ObjectNode create(long channelId, Long guildId, StandInUser author, JsonNode payload,
            List<Upload> uploads) {
        long id = ids.next();
        ObjectNode json = Json.object()
                .put("id", Long.toUnsignedString(id))
                .put("channel_id", Long.toUnsignedString(channelId))
                .put("type", 0)
                .put("tts", false)
                .put("mention_everyone", false)
                .put("pinned", false)
                .put("timestamp", Json.TIMESTAMP)
                .put("content", payload.path("content").asText(""))
                .put("flags", payload.path("flags").asInt(0));
        if (guildId != null) {
            json.put("guild_id", Long.toUnsignedString(guildId));
        }
        json.set("author", author.json());
        json.putNull("edited_timestamp");
        json.putArray("mentions");
        json.putArray("mention_roles");
        json.set("embeds", payload.has("embeds") ? rich(payload.get("embeds")) : Json.array());
        json.set("components", payload.has("components") ? numbered(payload.get("components")) : Json.array());
        List<Upload> kept = new ArrayList<>();
        json.set("attachments", attachments(payload, uploads, Json.array(), List.of(), kept));
        messages.put(id, new PostedMessage(id, channelId, json.deepCopy(), kept, 0));
        notifyAll();
        return json;
    }

    /** Stores a message a person posted (content and files) and returns the message object. */
    synchronized ObjectNode createByPerson(long channelId, Long guildId, StandInUser author, String content,
            List<Upload> files, List<StandInUser> mentions) {
        ObjectNode json = create(channelId, guildId, author, Json.object().put("content", content), files);
        json.set("mentions", Json.array().addAll(mentions.stream().map(StandInUser::json).toList()));
        PostedMessage stored = messages.get(Long.parseLong(json.path("id").asText()));
        messages.put(stored.id(), new PostedMessage(stored.id(), channelId, json.deepCopy(), stored.files(), 0));
        return json;
    }

    /** Applies an edit payload; empty when the message does not exist. */
    synchronized Optional<ObjectNode> edit(long messageId, JsonNode payload, List<Upload> uploads) {
        PostedMessage old = messages.get(messageId);
        if (old == null) {
            return Optional.empty();
        }
        ObjectNode json = (ObjectNode) old.json().deepCopy();
        for (String field : List.of("content", "flags")) {
            if (payload.has(field) && !payload.get(field).isNull()) {
                json.set(field, payload.get(field).deepCopy());
            }
        }
        if (payload.hasNonNull("components")) {
            json.set("components", numbered(payload.get("components")));
        }
        if (payload.hasNonNull("embeds")) {
            json.set("embeds", rich(payload.get("embeds")));
        }
        // Any edit ends the "thinking..." state of a deferred reply.
        json.put("flags", json.path("flags").asInt(0) & ~LOADING);
        json.put("edited_timestamp", Json.TIMESTAMP);
        List<Upload> kept = new ArrayList<>();
        json.set("attachments", attachments(payload, uploads, (ArrayNode) old.json().path("attachments"),
                old.files(), kept));
        messages.put(messageId, new PostedMessage(messageId, old.channelId(), json.deepCopy(), kept,
                old.edits() + 1));
        notifyAll();
        return Optional.of(json);
    }

    synchronized Optional<PostedMessage> get(long messageId) {
        return Optional.ofNullable(messages.get(messageId));
    }

    /** Waits (bounded) until {@code found} yields a value; messages changing wake the wait. */
    synchronized <T> T await(java.util.function.Supplier<Optional<T>> found, java.time.Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = found.get();
            if (value.isPresent()) {
                return value.get();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what + "; messages:\n"
                        + String.join("\n", messages.values().stream().map(m -> m.channelId() + ": "
                                + m.json()).toList()));
            }
            try {
                wait(Math.max(1, Math.min(50, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what, e);
            }
        }
    }

    synchronized boolean delete(long messageId) {
        return messages.remove(messageId) != null;
    }

    synchronized List<PostedMessage> in(long channelId) {
        return messages.values().stream().filter(message -> message.channelId() == channelId).toList();
    }

    /** Components as Discord returns them: each numbered ({@code id}, 1, 2, ... depth first) unless the bot did. */
    private static ArrayNode numbered(JsonNode components) {
        ArrayNode copy = components.deepCopy();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        copy.findValues("id").forEach(id -> taken.add(id.asInt()));
        int[] next = {1};
        java.util.function.Consumer<JsonNode> number = new java.util.function.Consumer<>() {
            @Override
            public void accept(JsonNode component) {
                if (component instanceof ObjectNode object && object.has("type")) {
                    if (!object.has("id")) {
                        while (taken.contains(next[0])) {
                            next[0]++;
                        }
                        object.put("id", next[0]++);
                    }
                    object.path("components").forEach(this);
                    object.path("accessory").forEach(this);
                    if (object.has("component")) {
                        accept(object.get("component"));
                    }
                }
            }
        };
        copy.forEach(number);
        return copy;
    }

    /** Embeds as Discord returns them: every embed the bot sends is of type "rich". */
    private static ArrayNode rich(JsonNode embeds) {
        ArrayNode result = Json.array();
        embeds.forEach(embed -> {
            ObjectNode copy = embed.deepCopy();
            if (!copy.hasNonNull("type")) {
                copy.put("type", "rich");
            }
            result.add(copy);
        });
        return result;
    }

    /**
     * The attachment list after a create or edit: existing attachments named by id in the payload stay,
     * entries whose id is an upload index ({@code files[N]}) are the new uploads. Without an attachments
     * array every upload is added and the old ones stay.
     */
    private ArrayNode attachments(JsonNode payload, List<Upload> uploads, ArrayNode old, List<Upload> oldFiles,
            List<Upload> kept) {
        ArrayNode result = Json.array();
        JsonNode wanted = payload.path("attachments");
        if (!wanted.isArray()) {
            for (int i = 0; i < old.size(); i++) {
                result.add(old.get(i).deepCopy());
                kept.add(oldFiles.get(i));
            }
            uploads.forEach(upload -> {
                result.add(host(upload));
                kept.add(upload);
            });
            return result;
        }
        for (JsonNode entry : wanted) {
            String id = entry.path("id").asText();
            Optional<Upload> upload = uploads.stream().filter(u -> u.field().equals("files[" + id + "]")).findFirst();
            if (upload.isPresent()) {
                result.add(host(upload.get()));
                kept.add(upload.get());
                continue;
            }
            for (int i = 0; i < old.size(); i++) {
                if (old.get(i).path("id").asText().equals(id)) {
                    result.add(old.get(i).deepCopy());
                    kept.add(oldFiles.get(i));
                }
            }
        }
        return result;
    }
}
