package org.awpt.application.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.GamePassOwnership;
import org.awpt.application.roblox.RobloxUnavailableException;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.RobloxUserId;
import org.junit.jupiter.api.Test;

class FakeRobloxGatewayTest {
    private static final RobloxUser ALICE = new RobloxUser(new RobloxUserId(101), "Alice", "Alice A.", false);
    private static final RobloxUser BOB = new RobloxUser(new RobloxUserId(202), "bob", null, true);

    private final FakeRobloxGateway roblox = new FakeRobloxGateway().addUser(ALICE).addUser(BOB);

    @Test
    void findsAddedUsersByIdAndByCurrentOrPreviousNameInAnyCase() {
        roblox.addPreviousName(ALICE.id(), "OldAlice");

        assertThat(roblox.findUser(ALICE.id())).contains(ALICE);
        assertThat(roblox.findUser(new RobloxUserId(303))).isEmpty();
        assertThat(roblox.findUserByName(" ALICE ")).contains(ALICE);
        assertThat(roblox.findUserByName("oldalice")).contains(ALICE);
        assertThat(roblox.findUserByName("bob")).contains(BOB);
        assertThat(roblox.findUserByName("carol")).isEmpty();
    }

    @Test
    void ownershipFollowsGrantsAndRevocations() {
        roblox.grant(ALICE.id(), 77, 9001);

        assertThat(roblox.findOwnership(ALICE.id(), 77)).contains(new GamePassOwnership(77, 9001));
        assertThat(roblox.findOwnership(BOB.id(), 77)).isEmpty();

        roblox.revoke(ALICE.id(), 77);
        assertThat(roblox.findOwnership(ALICE.id(), 77)).isEmpty();

        roblox.grant(ALICE.id(), 77, 9002);
        assertThat(roblox.findOwnership(ALICE.id(), 77)).contains(new GamePassOwnership(77, 9002));
    }

    @Test
    void ownershipOfAnUnknownUserOrGamePassIsNotFound() {
        roblox.addGamePass(new GamePassInfo(88, "Monthly", 1500L, true));

        assertThatThrownBy(() -> roblox.findOwnership(new RobloxUserId(303), 88))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roblox.findOwnership(ALICE.id(), 99)).isInstanceOf(NotFoundException.class);
        assertThat(roblox.findOwnership(ALICE.id(), 88)).isEmpty();
    }

    @Test
    void gamePassesAreAddedOrCreatedByAGrant() {
        GamePassInfo monthly = new GamePassInfo(88, "Monthly", 1500L, true);
        roblox.addGamePass(monthly).grant(BOB.id(), 77, 1);

        assertThat(roblox.findGamePass(88)).contains(monthly);
        assertThat(roblox.findGamePass(77)).contains(new GamePassInfo(77, "Gamepass 77", null, true));
        assertThat(roblox.findGamePass(99)).isEmpty();
    }

    @Test
    void scriptingAnUnknownUsersOwnershipIsATestMistake() {
        assertThatThrownBy(() -> roblox.grant(new RobloxUserId(303), 77, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> roblox.addPreviousName(new RobloxUserId(303), "x"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOutageFailsEveryCallUntilRecoveryNeverAnsweringEmpty() {
        RobloxUnavailableException limited = new RobloxUnavailableException("rate limited", Duration.ofSeconds(5), null);
        roblox.grant(ALICE.id(), 77, 9001).failWith(limited);

        assertThatThrownBy(() -> roblox.findUser(ALICE.id())).isSameAs(limited);
        assertThatThrownBy(() -> roblox.findUserByName("alice")).isSameAs(limited);
        assertThatThrownBy(() -> roblox.findOwnership(ALICE.id(), 77)).isSameAs(limited);
        assertThatThrownBy(() -> roblox.findGamePass(77)).isSameAs(limited);

        roblox.recover();
        assertThat(roblox.findOwnership(ALICE.id(), 77)).isPresent();

        roblox.goDown();
        assertThatThrownBy(() -> roblox.findUser(ALICE.id())).isInstanceOf(RobloxUnavailableException.class);
    }

    @Test
    void countsEveryCallByKindIncludingRefusedOnes() {
        roblox.grant(ALICE.id(), 77, 1);
        roblox.findUser(ALICE.id());
        roblox.findUserByName("bob");
        roblox.findOwnership(ALICE.id(), 77);
        roblox.findGamePass(77);
        roblox.goDown();
        assertThatThrownBy(() -> roblox.findOwnership(ALICE.id(), 77)).isInstanceOf(RobloxUnavailableException.class);

        assertThat(roblox.userLookups()).isEqualTo(2);
        assertThat(roblox.ownershipLookups()).isEqualTo(2);
        assertThat(roblox.gamePassLookups()).isEqualTo(1);
        assertThat(roblox.calls()).isEqualTo(5);
    }
}
