package org.awpt.adapters.roblox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.awpt.adapters.roblox.api.GamePassProductInfo;
import org.awpt.adapters.roblox.api.GamePassesApi;
import org.awpt.adapters.roblox.api.InventoryApi;
import org.awpt.adapters.roblox.api.OwnedItemsResponse;
import org.awpt.adapters.roblox.api.RobloxErrorResponse;
import org.awpt.adapters.roblox.api.UserResponse;
import org.awpt.adapters.roblox.api.UsernamesRequest;
import org.awpt.adapters.roblox.api.UsernamesResponse;
import org.awpt.adapters.roblox.api.UsersApi;
import org.awpt.application.port.RobloxGateway;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.GamePassOwnership;
import org.awpt.application.roblox.RobloxInventoryHiddenException;
import org.awpt.application.roblox.RobloxUnavailableException;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.RobloxUserId;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The Roblox gateway over Roblox's public web APIs. Users are remembered briefly (by id and by
 * lower-case username); ownerships are asked afresh every time.
 */
public final class RetrofitRobloxGateway implements RobloxGateway, AutoCloseable {
    private static final long MAX_CACHED_USERS = 10_000;
    private static final int MAX_LOGGED_BODY = 500;
    private static final int USER_NOT_FOUND = 3;
    private static final int INVENTORY_USER_NOT_FOUND = 1;
    private static final int INVENTORY_GAME_PASS_NOT_FOUND = 5;
    /** The inventory API's "You don't have permissions to view the specified user's inventory." */
    private static final int INVENTORY_HIDDEN = 11;

    private final OkHttpClient http;
    private final ObjectMapper json;
    private final UsersApi users;
    private final InventoryApi inventory;
    private final GamePassesApi gamePasses;
    private final ResilientCaller caller;
    private final Cache<Long, RobloxUser> usersById;
    private final Cache<String, RobloxUser> usersByName;

    /** A gateway that sleeps on the calling thread between attempts. */
    public static RetrofitRobloxGateway create(RobloxSettings settings, Clock clock) {
        return new RetrofitRobloxGateway(settings, clock, Sleeper.THREAD);
    }

    /**
     * A gateway with every collaborator given.
     *
     * @param settings where Roblox is and how patiently to ask it
     * @param clock    the time, for {@code Retry-After} dates, the cache and the circuit breaker
     * @param sleeper  waits between attempts
     */
    public RetrofitRobloxGateway(RobloxSettings settings, Clock clock, Sleeper sleeper) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                // A slow trickle of bytes resets the read timeout; this bounds the whole attempt.
                .callTimeout(settings.connectTimeout().plus(settings.readTimeout().multipliedBy(2)))
                .build();
        this.json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        this.users = api(settings.usersBaseUrl(), UsersApi.class);
        this.inventory = api(settings.inventoryBaseUrl(), InventoryApi.class);
        this.gamePasses = api(settings.apisBaseUrl(), GamePassesApi.class);
        this.caller = new ResilientCaller(settings, clock, Objects.requireNonNull(sleeper, "sleeper"));
        this.usersById = userCache(settings, clock);
        this.usersByName = userCache(settings, clock);
    }

    @Override
    public Optional<RobloxUser> findUser(RobloxUserId id) {
        Objects.requireNonNull(id, "id");
        RobloxUser cached = usersById.getIfPresent(id.value());
        if (cached != null) {
            return Optional.of(cached);
        }
        String what = "user lookup";
        Response<UserResponse> response = caller.send(what, () -> users.user(id.value()));
        if (response.code() == 404) {
            List<Integer> codes = errorCodes(what, response);
            if (codes.contains(USER_NOT_FOUND)) {
                return Optional.empty();
            }
            throw unexpected(what, response, codes);
        }
        UserResponse body = successBody(what, response);
        if (body.id() == null || body.id() != id.value() || body.name() == null || body.isBanned() == null) {
            throw caller.malformed(what, "user without id, name or isBanned, or another id", null);
        }
        RobloxUser user = new RobloxUser(id, body.name(), body.displayName(), body.isBanned());
        usersById.put(id.value(), user);
        return Optional.of(user);
    }

    @Override
    public Optional<RobloxUser> findUserByName(String username) {
        String name = RobloxUsernames.requireValid(username);
        String key = RobloxUsernames.key(name);
        RobloxUser cached = usersByName.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        String what = "username lookup";
        // Banned users are included so that the shop can refuse them with the true reason.
        Response<UsernamesResponse> response = caller.send(what,
                () -> users.usersByUsername(new UsernamesRequest(List.of(name), false)));
        UsernamesResponse body = successBody(what, response);
        if (body.data() == null) {
            throw caller.malformed(what, "no data", null);
        }
        Optional<UsernamesResponse.Match> match = body.data().stream().findFirst();
        if (match.isEmpty()) {
            return Optional.empty();
        }
        Long id = match.get().id();
        if (id == null || id <= 0) {
            throw caller.malformed(what, "match without a positive id", null);
        }
        // The lookup by name does not say whether the account is banned: the user lookup does.
        Optional<RobloxUser> user = findUser(new RobloxUserId(id));
        user.ifPresent(found -> usersByName.put(key, found));
        return user;
    }

    @Override
    public Optional<GamePassOwnership> findOwnership(RobloxUserId user, long gamePassId) {
        Objects.requireNonNull(user, "user");
        requireGamePassId(gamePassId);
        String what = "gamepass ownership";
        Response<OwnedItemsResponse> response = caller.send(what,
                () -> inventory.ownedItems(user.value(), InventoryApi.GAME_PASS, gamePassId));
        if (response.code() == 400) {
            List<Integer> codes = errorCodes(what, response);
            if (codes.contains(INVENTORY_USER_NOT_FOUND)) {
                throw new NotFoundException("roblox user", user.asString());
            }
            if (codes.contains(INVENTORY_GAME_PASS_NOT_FOUND)) {
                throw new NotFoundException("gamepass", Long.toString(gamePassId));
            }
            throw unexpected(what, response, codes);
        }
        if (response.code() == 403) {
            List<Integer> codes = errorCodes(what, response);
            if (codes.contains(INVENTORY_HIDDEN)) {
                throw new RobloxInventoryHiddenException(user);
            }
            throw unexpected(what, response, codes);
        }
        OwnedItemsResponse body = successBody(what, response);
        if (body.data() == null) {
            throw caller.malformed(what, "no data", null);
        }
        if (body.data().isEmpty()) {
            return Optional.empty();
        }
        Long instanceId = body.data().get(0).instanceId();
        if (instanceId != null && instanceId < 0) {
            throw caller.malformed(what, "ownership with a negative instanceId", null);
        }
        // Null, absent or 0: Roblox named no purchase, so the shop pays by payout cycles.
        return Optional.of(instanceId == null || instanceId == 0 ? GamePassOwnership.withoutInstance(gamePassId)
                : new GamePassOwnership(gamePassId, instanceId));
    }

    @Override
    public Optional<GamePassInfo> findGamePass(long gamePassId) {
        requireGamePassId(gamePassId);
        String what = "gamepass product info";
        Response<GamePassProductInfo> response = caller.send(what, () -> gamePasses.productInfo(gamePassId));
        if (response.code() == 400 || response.code() == 404) {
            closeErrorBody(response);
            return Optional.empty();
        }
        GamePassProductInfo body = successBody(what, response);
        if (body.name() == null || body.isForSale() == null) {
            throw caller.malformed(what, "product info without Name or IsForSale", null);
        }
        return Optional.of(new GamePassInfo(gamePassId, body.name(), body.priceInRobux(), body.isForSale()));
    }

    /** Releases the HTTP client's threads and connections. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private <T> T api(String baseUrl, Class<T> type) {
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(http)
                .addConverterFactory(JacksonConverterFactory.create(json))
                .build()
                .create(type);
    }

    private static <K> Cache<K, RobloxUser> userCache(RobloxSettings settings, Clock clock) {
        return Caffeine.newBuilder()
                .maximumSize(MAX_CACHED_USERS)
                .expireAfterWrite(settings.userCacheTtl())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    private static void requireGamePassId(long gamePassId) {
        if (gamePassId <= 0) {
            throw new InvalidInputException("gamepass id", "a positive whole number");
        }
    }

    /** The body of a 2xx answer; anything else here is an answer the gateway does not expect. */
    private <T> T successBody(String what, Response<T> response) {
        if (!response.isSuccessful()) {
            String detail = "unexpected HTTP " + response.code() + " " + readErrorBody(response);
            throw caller.malformed(what, detail, null);
        }
        T body = response.body();
        if (body == null) {
            throw caller.malformed(what, "empty body", null);
        }
        return body;
    }

    private RobloxUnavailableException unexpected(String what, Response<?> response, List<Integer> codes) {
        return caller.malformed(what, "unexpected HTTP " + response.code() + " with error codes " + codes, null);
    }

    /** The codes of Roblox's error body; an unreadable error body is a malformed answer. */
    private List<Integer> errorCodes(String what, Response<?> response) {
        String text = readErrorBody(response);
        try {
            RobloxErrorResponse errors = json.readValue(text, RobloxErrorResponse.class);
            if (errors == null || errors.errors() == null) {
                throw caller.malformed(what, "error body without errors: HTTP " + response.code(), null);
            }
            return errors.errors().stream().map(RobloxErrorResponse.Error::code).filter(Objects::nonNull).toList();
        } catch (IOException unreadable) {
            throw caller.malformed(what, "unreadable error body with HTTP " + response.code(), unreadable);
        }
    }

    private String readErrorBody(Response<?> response) {
        try (ResponseBody body = response.errorBody()) {
            String text = body == null ? "" : body.string();
            return text.length() > MAX_LOGGED_BODY ? text.substring(0, MAX_LOGGED_BODY) + "..." : text;
        } catch (IOException broken) {
            throw caller.malformed("error body", "could not be read", broken);
        }
    }

    private static void closeErrorBody(Response<?> response) {
        if (response.errorBody() != null) {
            response.errorBody().close();
        }
    }
}
