package org.awpt.application.fake;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awpt.application.port.RobloxGateway;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.GamePassOwnership;
import org.awpt.application.roblox.RobloxInventoryHiddenException;
import org.awpt.application.roblox.RobloxUnavailableException;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.RobloxUserId;

/**
 * A scripted Roblox: tests add users and gamepasses, grant (with or without an instance id) and
 * revoke ownerships, hide inventories, and switch an outage on and off. Thread-safe; counts every call, including those an outage refused.
 */
public final class FakeRobloxGateway implements RobloxGateway {
    private final Map<RobloxUserId, RobloxUser> users = new ConcurrentHashMap<>();
    private final Map<String, RobloxUserId> byName = new ConcurrentHashMap<>();
    private final Map<Long, GamePassInfo> gamePasses = new ConcurrentHashMap<>();
    private final Map<Holding, GamePassOwnership> ownerships = new ConcurrentHashMap<>();
    private final Set<RobloxUserId> hiddenInventories = ConcurrentHashMap.newKeySet();
    private final AtomicReference<RobloxUnavailableException> outage = new AtomicReference<>();
    private final AtomicInteger userLookups = new AtomicInteger();
    private final AtomicInteger ownershipLookups = new AtomicInteger();
    private final AtomicInteger gamePassLookups = new AtomicInteger();

    /** Adds (or replaces) a user, findable by id and by username in any case. */
    public FakeRobloxGateway addUser(RobloxUser user) {
        users.put(user.id(), user);
        byName.put(normalize(user.name()), user.id());
        return this;
    }

    /** Makes a previous username of a user findable too. */
    public FakeRobloxGateway addPreviousName(RobloxUserId user, String previousName) {
        requireUser(user);
        byName.put(normalize(previousName), user);
        return this;
    }

    /** Adds (or replaces) a gamepass. */
    public FakeRobloxGateway addGamePass(GamePassInfo gamePass) {
        gamePasses.put(gamePass.id(), gamePass);
        return this;
    }

    /**
     * Makes a known user own a gamepass under an ownership instance, replacing any earlier
     * ownership; a gamepass not added yet is added as {@code Gamepass <id>}, for sale, unpriced.
     */
    public FakeRobloxGateway grant(RobloxUserId user, long gamePassId, long instanceId) {
        return own(user, new GamePassOwnership(gamePassId, instanceId));
    }

    /** Like {@link #grant}, but Roblox names the ownership with no instance id. */
    public FakeRobloxGateway grantWithoutInstance(RobloxUserId user, long gamePassId) {
        return own(user, GamePassOwnership.withoutInstance(gamePassId));
    }

    /** From now on the user hides their inventory: ownership checks are refused. */
    public FakeRobloxGateway hideInventory(RobloxUserId user) {
        hiddenInventories.add(requireUser(user));
        return this;
    }

    /** The user shows their inventory again. */
    public FakeRobloxGateway showInventory(RobloxUserId user) {
        hiddenInventories.remove(user);
        return this;
    }

    private FakeRobloxGateway own(RobloxUserId user, GamePassOwnership ownership) {
        requireUser(user);
        long gamePassId = ownership.gamePassId();
        gamePasses.putIfAbsent(gamePassId, new GamePassInfo(gamePassId, "Gamepass " + gamePassId, null, true));
        ownerships.put(new Holding(user, gamePassId), ownership);
        return this;
    }

    /** Takes a gamepass away from a user (the buyer deleted it from their inventory). */
    public FakeRobloxGateway revoke(RobloxUserId user, long gamePassId) {
        ownerships.remove(new Holding(user, gamePassId));
        return this;
    }

    /** From now on every call fails with this exception, until {@link #recover()}. */
    public FakeRobloxGateway failWith(RobloxUnavailableException failure) {
        outage.set(Objects.requireNonNull(failure, "failure"));
        return this;
    }

    /** From now on every call fails with a Roblox outage, until {@link #recover()}. */
    public FakeRobloxGateway goDown() {
        return failWith(new RobloxUnavailableException("scripted outage", Duration.ofSeconds(30), null));
    }

    /** Ends a scripted outage. */
    public FakeRobloxGateway recover() {
        outage.set(null);
        return this;
    }

    @Override
    public Optional<RobloxUser> findUser(RobloxUserId id) {
        Objects.requireNonNull(id, "id");
        userLookups.incrementAndGet();
        failIfDown();
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<RobloxUser> findUserByName(String username) {
        Objects.requireNonNull(username, "username");
        userLookups.incrementAndGet();
        failIfDown();
        return Optional.ofNullable(byName.get(normalize(username))).map(users::get);
    }

    @Override
    public Optional<GamePassOwnership> findOwnership(RobloxUserId user, long gamePassId) {
        Objects.requireNonNull(user, "user");
        ownershipLookups.incrementAndGet();
        failIfDown();
        if (!users.containsKey(user)) {
            throw new NotFoundException("roblox user", user.asString());
        }
        if (!gamePasses.containsKey(gamePassId)) {
            throw new NotFoundException("gamepass", Long.toString(gamePassId));
        }
        if (hiddenInventories.contains(user)) {
            throw new RobloxInventoryHiddenException(user);
        }
        return Optional.ofNullable(ownerships.get(new Holding(user, gamePassId)));
    }

    @Override
    public Optional<GamePassInfo> findGamePass(long gamePassId) {
        gamePassLookups.incrementAndGet();
        failIfDown();
        return Optional.ofNullable(gamePasses.get(gamePassId));
    }

    /** Every call so far, by id or by name, for ownerships and for gamepasses. */
    public int calls() {
        return userLookups.get() + ownershipLookups.get() + gamePassLookups.get();
    }

    /** User lookups so far, by id or by name. */
    public int userLookups() {
        return userLookups.get();
    }

    /** Ownership lookups so far. */
    public int ownershipLookups() {
        return ownershipLookups.get();
    }

    /** Gamepass lookups so far. */
    public int gamePassLookups() {
        return gamePassLookups.get();
    }

    private void failIfDown() {
        RobloxUnavailableException failure = outage.get();
        if (failure != null) {
            throw failure;
        }
    }

    private RobloxUserId requireUser(RobloxUserId user) {
        if (!users.containsKey(Objects.requireNonNull(user, "user"))) {
            throw new IllegalStateException("add Roblox user " + user + " before scripting what they own");
        }
        return user;
    }

    private static String normalize(String name) {
        return Objects.requireNonNull(name, "name").strip().toLowerCase(Locale.ROOT);
    }

    private record Holding(RobloxUserId user, long gamePassId) {
    }
}
