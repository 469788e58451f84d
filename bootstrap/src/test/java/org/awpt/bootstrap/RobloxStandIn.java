package org.awpt.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A small Roblox for MockWebServer: one user, gamepasses and who owns them, answered in the JSON
 * shapes of adapters-roblox's fixtures (src/test/resources/roblox). Requests it does not know are
 * answered 404 and kept in {@link #unknownRequests()}, so a test can fail on them.
 */
final class RobloxStandIn extends Dispatcher {
    private static final Pattern USER = Pattern.compile("/v1/users/(\\d+)");
    private static final Pattern OWNED = Pattern.compile("/v1/users/(\\d+)/items/1/(\\d+)");
    private static final Pattern PRODUCT = Pattern.compile("/game-passes/v1/game-passes/(\\d+)/product-info");

    private record Account(long id, String name) {
    }

    private record Pass(String name, long price) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Map<Long, Account> accounts = new ConcurrentHashMap<>();
    private final Map<Long, Pass> passes = new ConcurrentHashMap<>();
    private final Map<String, Long> owned = new ConcurrentHashMap<>();
    private final List<String> unknown = new CopyOnWriteArrayList<>();

    RobloxStandIn account(long id, String name) {
        accounts.put(id, new Account(id, name));
        return this;
    }

    RobloxStandIn gamePass(long id, String name, long price) {
        passes.put(id, new Pass(name, price));
        return this;
    }

    RobloxStandIn owns(long accountId, long gamePassId, long instanceId) {
        owned.put(accountId + "/" + gamePassId, instanceId);
        return this;
    }

    /** Requests no route here answers ("METHOD path"). */
    List<String> unknownRequests() {
        return List.copyOf(unknown);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
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
        } catch (JsonProcessingException e) {
            unknown.add(request.getMethod() + " " + path + " (unreadable body)");
            return new MockResponse.Builder().code(400).build();
        }
        unknown.add(request.getMethod() + " " + path);
        return new MockResponse.Builder().code(404).build();
    }

    private MockResponse usernames(JsonNode request) throws JsonProcessingException {
        List<Map<String, Object>> data = new ArrayList<>();
        for (JsonNode name : request.path("usernames")) {
            accounts.values().stream()
                    .filter(a -> a.name().toLowerCase(Locale.ROOT).equals(name.asText().toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .ifPresent(a -> data.add(Map.of("requestedUsername", name.asText(), "hasVerifiedBadge", false,
                            "id", a.id(), "name", a.name(), "displayName", a.name())));
        }
        return ok(Map.of("data", data));
    }

    private MockResponse user(long id) throws JsonProcessingException {
        Account account = accounts.get(id);
        if (account == null) {
            return error(404, 3, "The user id is invalid.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", "");
        body.put("created", "2019-04-12T18:03:51.127Z");
        body.put("isBanned", false);
        body.put("externalAppDisplayName", null);
        body.put("hasVerifiedBadge", false);
        body.put("id", id);
        body.put("name", account.name());
        body.put("displayName", account.name());
        return ok(body);
    }

    private MockResponse ownership(long accountId, long gamePassId) throws JsonProcessingException {
        if (!accounts.containsKey(accountId)) {
            return error(400, 1, "The specified user does not exist!");
        }
        Pass pass = passes.get(gamePassId);
        if (pass == null) {
            return error(400, 5, "The specified Game Pass does not exist!");
        }
        Long instance = owned.get(accountId + "/" + gamePassId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("previousPageCursor", null);
        body.put("nextPageCursor", null);
        body.put("data", instance == null ? List.of()
                : List.of(Map.of("type", "GamePass", "id", gamePassId, "name", pass.name(), "instanceId", instance)));
        return ok(body);
    }

    private MockResponse product(long gamePassId) throws JsonProcessingException {
        Pass pass = passes.get(gamePassId);
        if (pass == null) {
            return error(404, 1, "The game pass does not exist.");
        }
        return ok(Map.of("TargetId", gamePassId, "ProductType", "Game Pass", "Name", pass.name(),
                "PriceInRobux", pass.price(), "IsForSale", true));
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
