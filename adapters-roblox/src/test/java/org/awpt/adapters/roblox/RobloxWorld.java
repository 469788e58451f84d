package org.awpt.adapters.roblox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.RobloxUser;

/**
 * A small Roblox behind MockWebServer: it answers the four endpoints in Roblox's shapes. Shipped in
 * this module's test-jar; requests it has no route for are answered 404 and kept in
 * {@link #unknownRequests()}.
 */
public final class RobloxWorld extends Dispatcher {
    private static final Pattern USER = Pattern.compile("/v1/users/(\\d+)");
    private static final Pattern OWNED = Pattern.compile("/v1/users/(\\d+)/items/1/(\\d+)");
    private static final Pattern PRODUCT = Pattern.compile("/game-passes/v1/game-passes/(\\d+)/product-info");

    private final ObjectMapper json = new ObjectMapper();
    private final Map<Long, RobloxUser> users = new ConcurrentHashMap<>();
    /** Owned gamepasses by "user/gamepass": the instance id, or 0 for an ownership Roblox gives none for. */
    private final Map<String, Long> ownerships = new ConcurrentHashMap<>();
    private final Set<Long> hiddenInventories = ConcurrentHashMap.newKeySet();
    private final Map<Long, GamePassInfo> gamePasses = new ConcurrentHashMap<>();
    private final List<String> unknown = new CopyOnWriteArrayList<>();
    private volatile boolean outage;

    /** Requests no route answered ("METHOD path"), for tests that fail on them. */
    public List<String> unknownRequests() {
        return List.copyOf(unknown);
    }

    /** Adds an account. */
    public void add(RobloxUser user) {
        users.put(user.id().value(), user);
    }

    /** The account owns the gamepass (one purchase, {@code instanceId}). */
    public void own(long userId, long gamePassId, long instanceId) {
        ownerships.put(userId + "/" + gamePassId, instanceId);
    }

    /** The account owns the gamepass, and Roblox answers {@code "instanceId": null} for it. */
    public void ownWithoutInstance(long userId, long gamePassId) {
        ownerships.put(userId + "/" + gamePassId, 0L);
    }

    /** The account deleted the gamepass from its inventory. */
    public void disown(long userId, long gamePassId) {
        ownerships.remove(userId + "/" + gamePassId);
    }

    /** The account hides its inventory: ownership checks get 403 with code 11. */
    public void hideInventory(long userId) {
        hiddenInventories.add(userId);
    }

    /** Adds a gamepass. */
    public void add(GamePassInfo gamePass) {
        gamePasses.put(gamePass.id(), gamePass);
    }

    /** Every later request gets 503. */
    public void goDown() {
        outage = true;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (outage) {
            return Fixtures.status(503);
        }
        String path = request.getUrl().encodedPath();
        try {
            Matcher m;
            if ("POST".equals(request.getMethod()) && path.equals("/v1/usernames/users")) {
                return usernames(json.readTree(request.getBody().utf8()));
            }
            if ((m = OWNED.matcher(path)).matches()) {
                return ownership(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
            }
            if ((m = USER.matcher(path)).matches()) {
                return user(Long.parseLong(m.group(1)));
            }
            if ((m = PRODUCT.matcher(path)).matches()) {
                return product(Long.parseLong(m.group(1)));
            }
            unknown.add(request.getMethod() + " " + path);
            return new MockResponse.Builder().code(404).body("no such endpoint").build();
        } catch (JsonProcessingException e) {
            return new MockResponse.Builder().code(400).body(e.getMessage()).build();
        }
    }

    private MockResponse user(long id) throws JsonProcessingException {
        RobloxUser user = users.get(id);
        if (user == null) {
            return error(404, 3, "The user id is invalid.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", "");
        body.put("created", "2020-01-01T00:00:00Z");
        body.put("isBanned", user.banned());
        body.put("externalAppDisplayName", null);
        body.put("hasVerifiedBadge", false);
        body.put("id", id);
        body.put("name", user.name());
        body.put("displayName", user.displayName());
        return ok(body);
    }

    private MockResponse usernames(JsonNode request) throws JsonProcessingException {
        boolean excludeBanned = request.path("excludeBannedUsers").asBoolean(false);
        List<Map<String, Object>> data = new ArrayList<>();
        for (JsonNode name : request.path("usernames")) {
            users.values().stream()
                    .filter(u -> u.name().toLowerCase(Locale.ROOT).equals(name.asText().toLowerCase(Locale.ROOT)))
                    .filter(u -> !(excludeBanned && u.banned()))
                    .findFirst()
                    .ifPresent(u -> {
                        Map<String, Object> match = new LinkedHashMap<>();
                        match.put("requestedUsername", name.asText());
                        match.put("hasVerifiedBadge", false);
                        match.put("id", u.id().value());
                        match.put("name", u.name());
                        match.put("displayName", u.displayName());
                        data.add(match);
                    });
        }
        return ok(Map.of("data", data));
    }

    private MockResponse ownership(long userId, long gamePassId) throws JsonProcessingException {
        if (!users.containsKey(userId)) {
            return error(400, 1, "The specified user does not exist!");
        }
        GamePassInfo pass = gamePasses.get(gamePassId);
        if (pass == null) {
            return error(400, 5, "The specified Game Pass does not exist!");
        }
        if (hiddenInventories.contains(userId)) {
            return error(403, 11, "You don't have permissions to view the specified user's inventory.");
        }
        Long instance = ownerships.get(userId + "/" + gamePassId);
        List<Map<String, Object>> data = new ArrayList<>();
        if (instance != null) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", "GamePass");
            item.put("id", gamePassId);
            item.put("name", pass.name());
            item.put("instanceId", instance == 0 ? null : instance);
            data.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("previousPageCursor", null);
        body.put("nextPageCursor", null);
        body.put("data", data);
        return ok(body);
    }

    private MockResponse product(long gamePassId) throws JsonProcessingException {
        GamePassInfo pass = gamePasses.get(gamePassId);
        if (pass == null) {
            return error(404, 1, "The game pass does not exist.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("TargetId", gamePassId);
        body.put("ProductType", "Game Pass");
        body.put("Name", pass.name());
        body.put("PriceInRobux", pass.priceInRobux());
        body.put("IsForSale", pass.forSale());
        return ok(body);
    }

    private MockResponse ok(Object body) throws JsonProcessingException {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(json.writeValueAsString(body)).build();
    }

    private MockResponse error(int status, int code, String message) throws JsonProcessingException {
        Map<String, Object> error = Map.of("code", code, "message", message, "userFacingMessage", "Something went wrong");
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .body(json.writeValueAsString(Map.of("errors", List.of(error)))).build();
    }
}
