package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.awpt.application.port.RobloxGateway;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.GamePassOwnership;
import org.awpt.application.roblox.RobloxInventoryHiddenException;
import org.awpt.application.roblox.RobloxUnavailableException;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.RobloxUserId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RobloxGateway} does, whatever Roblox it talks to. A subclass gives the gateway
 * and sets up the world it looks at through the {@code given...} hooks; each test starts from an
 * empty world (no users, no gamepasses, no ownerships, Roblox answering).
 */
public abstract class RobloxGatewayContract {
    private static final RobloxUser BUYER = new RobloxUser(new RobloxUserId(123456789L), "AwpBuyer", "Awp Buyer", false);
    private static final RobloxUser BANNED = new RobloxUser(new RobloxUserId(987654321L), "Cheater_9", "Cheater", true);
    private static final GamePassInfo WEEKLY = new GamePassInfo(1022970504L, "Donation Awp Party", 2400L, true);
    private static final GamePassInfo MONTHLY = new GamePassInfo(1030833419L, "BIG DONATION AWP MONTH", 8600L, false);

    /** The gateway under test, looking at the world the hooks set up. */
    protected abstract RobloxGateway gateway();

    /** Roblox knows this user (by id and by name). */
    protected abstract void givenUser(RobloxUser user);

    /** The user owns the gamepass under this ownership instance id. */
    protected abstract void givenOwnership(RobloxUserId user, long gamePassId, long instanceId);

    /** The user owns the gamepass, and Roblox names the ownership with no instance id. */
    protected abstract void givenOwnershipWithoutInstance(RobloxUserId user, long gamePassId);

    /** The user hides their inventory, so Roblox refuses to say what they own. */
    protected abstract void givenHiddenInventory(RobloxUserId user);

    /** Roblox knows this gamepass. */
    protected abstract void givenGamePass(GamePassInfo gamePass);

    /** From now on Roblox does not answer (down, timing out or rate limiting). */
    protected abstract void givenOutage();

    @Test
    void findsAKnownUserById() {
        givenUser(BUYER);

        assertThat(gateway().findUser(BUYER.id())).contains(BUYER);
    }

    @Test
    void anUnknownIdIsNoUser() {
        givenUser(BUYER);

        assertThat(gateway().findUser(new RobloxUserId(5L))).isEmpty();
    }

    @Test
    void reportsABannedUserAsBanned() {
        givenUser(BANNED);

        assertThat(gateway().findUser(BANNED.id())).hasValueSatisfying(user -> assertThat(user.banned()).isTrue());
    }

    @Test
    void findsAUserByNameIgnoringCase() {
        givenUser(BUYER);
        givenUser(BANNED);

        assertThat(gateway().findUserByName("AwpBuyer")).contains(BUYER);
        assertThat(gateway().findUserByName("awpbuyer")).contains(BUYER);
        assertThat(gateway().findUserByName("CHEATER_9")).contains(BANNED);
    }

    @Test
    void anUnknownNameIsNoUser() {
        givenUser(BUYER);

        assertThat(gateway().findUserByName("NobodyHere")).isEmpty();
    }

    @Test
    void findsAnOwnershipWithItsInstanceId() {
        givenUser(BUYER);
        givenGamePass(WEEKLY);
        givenOwnership(BUYER.id(), WEEKLY.id(), 424242L);

        assertThat(gateway().findOwnership(BUYER.id(), WEEKLY.id()))
                .contains(new GamePassOwnership(WEEKLY.id(), 424242L));
    }

    @Test
    void anOwnershipWithoutInstanceIdIsStillOwned() {
        givenUser(BUYER);
        givenGamePass(WEEKLY);
        givenOwnershipWithoutInstance(BUYER.id(), WEEKLY.id());

        assertThat(gateway().findOwnership(BUYER.id(), WEEKLY.id()))
                .contains(GamePassOwnership.withoutInstance(WEEKLY.id()));
    }

    @Test
    void aHiddenInventoryIsNeitherNotOwnedNorAnOutage() {
        givenUser(BUYER);
        givenGamePass(WEEKLY);
        givenOwnershipWithoutInstance(BUYER.id(), WEEKLY.id());
        givenHiddenInventory(BUYER.id());

        assertThatThrownBy(() -> gateway().findOwnership(BUYER.id(), WEEKLY.id()))
                .isInstanceOfSatisfying(RobloxInventoryHiddenException.class, e -> {
                    assertThat(e.code()).isEqualTo("roblox_inventory_hidden");
                    assertThat(e.details()).containsEntry("roblox", BUYER.id().asString());
                });
    }

    @Test
    void aGamepassNotBoughtIsNotOwned() {
        givenUser(BUYER);
        givenGamePass(WEEKLY);
        givenGamePass(MONTHLY);
        givenOwnership(BUYER.id(), MONTHLY.id(), 7L);

        assertThat(gateway().findOwnership(BUYER.id(), WEEKLY.id())).isEmpty();
    }

    @Test
    void anOwnershipIsAskedAfreshEachTime() {
        givenUser(BUYER);
        givenGamePass(WEEKLY);
        assertThat(gateway().findOwnership(BUYER.id(), WEEKLY.id())).isEmpty();

        givenOwnership(BUYER.id(), WEEKLY.id(), 99L);

        assertThat(gateway().findOwnership(BUYER.id(), WEEKLY.id())).contains(new GamePassOwnership(WEEKLY.id(), 99L));
    }

    @Test
    void theOwnershipOfAnUnknownUserIsNotFound() {
        givenGamePass(WEEKLY);

        assertThatThrownBy(() -> gateway().findOwnership(BUYER.id(), WEEKLY.id()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.details()).containsEntry("what", "roblox user"));
    }

    @Test
    void theOwnershipOfAnUnknownGamepassIsNotFound() {
        givenUser(BUYER);

        assertThatThrownBy(() -> gateway().findOwnership(BUYER.id(), WEEKLY.id()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.details()).containsEntry("what", "gamepass"));
    }

    @Test
    void findsAGamepassProductInfo() {
        givenGamePass(WEEKLY);
        givenGamePass(MONTHLY);

        assertThat(gateway().findGamePass(WEEKLY.id())).contains(WEEKLY);
        assertThat(gateway().findGamePass(MONTHLY.id())).contains(MONTHLY);
    }

    @Test
    void anUnknownGamepassHasNoProductInfo() {
        givenGamePass(WEEKLY);

        assertThat(gateway().findGamePass(MONTHLY.id())).isEmpty();
    }

    @Test
    void anOutageIsNeverAnAnswer() {
        givenUser(BUYER);
        givenGamePass(WEEKLY);
        givenOwnership(BUYER.id(), WEEKLY.id(), 1L);
        givenOutage();

        assertUnavailable(() -> gateway().findUser(BUYER.id()));
        assertUnavailable(() -> gateway().findUserByName("SomeoneElse"));
        assertUnavailable(() -> gateway().findOwnership(BUYER.id(), WEEKLY.id()));
        assertUnavailable(() -> gateway().findGamePass(WEEKLY.id()));
    }

    @Test
    void anOutageIsNeverNotOwned() {
        givenUser(BUYER);
        givenGamePass(WEEKLY);
        givenOutage();

        assertUnavailable(() -> gateway().findOwnership(BUYER.id(), WEEKLY.id()));
    }

    private static void assertUnavailable(ThrowingCall call) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(RobloxUnavailableException.class, e -> {
                    assertThat(e.code()).isEqualTo("roblox_unavailable");
                    assertThat(e.retryAfter()).isPositive();
                });
    }

    @FunctionalInterface
    private interface ThrowingCall {
        Optional<?> run();
    }
}
