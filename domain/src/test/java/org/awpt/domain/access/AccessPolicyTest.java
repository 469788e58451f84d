package org.awpt.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.domain.TestData.ADMIN;
import static org.awpt.domain.TestData.BUYER;
import static org.awpt.domain.TestData.SUPPORT;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.awpt.domain.ConsoleOperator;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.NotAuthorizedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccessPolicyTest {
    private final AccessPolicy policy =
            new AccessPolicy(Set.of(ADMIN), Set.of("r-admin"), Set.of(SUPPORT), Set.of("r-support"));

    static Stream<Arguments> requesters() {
        Set<Role> admin = Set.of(Role.ADMIN, Role.OPERATOR, Role.SUPPORT, Role.BUYER);
        Set<Role> support = Set.of(Role.SUPPORT, Role.BUYER);
        Set<Role> buyer = Set.of(Role.BUYER);
        return Stream.of(
                Arguments.of("admin by id", Requester.of(ADMIN), admin),
                Arguments.of("admin by role", new Requester(BUYER, Set.of("r-other", "r-admin")), admin),
                Arguments.of("admin and support", new Requester(SUPPORT, Set.of("r-admin")), admin),
                Arguments.of("support by id", Requester.of(SUPPORT), support),
                Arguments.of("support by role", new Requester(BUYER, Set.of("r-support")), support),
                Arguments.of("buyer", Requester.of(BUYER), buyer),
                Arguments.of("buyer with unrelated roles", new Requester(BUYER, Set.of("r-vip")), buyer),
                Arguments.of("the console's operator", Requester.atConsole(new ConsoleOperator("alice")),
                        Set.of(Role.OPERATOR, Role.BUYER)),
                Arguments.of("a buyer named at the console", Requester.atConsole(BUYER), Set.of(Role.OPERATOR, Role.BUYER)),
                Arguments.of("an admin named at the console", Requester.atConsole(ADMIN), admin));
    }

    @Test
    void theConsolesOperatorRunsOperatorCommandsButNothingOnlyADiscordUserCanDo() {
        ConsoleOperator alice = new ConsoleOperator("alice");
        Actor console = policy.resolve(Requester.atConsole(alice));

        assertThat(console.id()).isEqualTo(alice);
        assertThat(console.isAdmin()).isFalse();
        assertThatCode(() -> console.require(Role.OPERATOR, "import keys")).doesNotThrowAnyException();
        assertThatThrownBy(() -> console.require(Role.ADMIN, "revoke keys"))
                .isInstanceOf(NotAuthorizedException.class).hasMessage("console (alice) may not revoke keys");
        assertThatThrownBy(() -> console.userId("approve payments"))
                .isInstanceOf(NotAuthorizedException.class).hasMessage("console (alice) may not approve payments");
        assertThatThrownBy(() -> Requester.atConsole(alice).userId()).isInstanceOf(NotAuthorizedException.class);
        assertThat(policy.resolve(Requester.of(ADMIN)).userId("approve payments")).isEqualTo(ADMIN);
    }

    @Test
    void aReservedConsoleRoleNamesNoAdmin() {
        assertThat(new AccessPolicy(Set.of(), Set.of(AccessPolicy.LOCAL_CONSOLE), Set.of(), Set.of()).namesAdmins())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requesters")
    void resolvesRolesByIdOrServerRole(String name, Requester requester, Set<Role> roles) {
        Actor actor = policy.resolve(requester);
        assertThat(actor.id()).isEqualTo(requester.who());
        assertThat(actor.roles()).isEqualTo(roles);
    }

    @Test
    void anEmptyPolicyMakesEveryoneABuyer() {
        AccessPolicy empty = new AccessPolicy(null, null, null, null);
        assertThat(empty.resolve(new Requester(ADMIN, Set.of("r-admin"))).roles()).containsExactly(Role.BUYER);
        assertThat(empty.adminUserIds()).isEmpty();
        assertThat(empty.supportRoleIds()).isEmpty();
    }

    @Test
    void thePolicyCopiesItsSets() {
        Set<DiscordUserId> admins = new HashSet<>(Set.of(ADMIN));
        Set<String> roles = new HashSet<>(Set.of("r-admin"));
        AccessPolicy policy = new AccessPolicy(admins, roles, Set.of(), Set.of());
        admins.clear();
        roles.clear();
        assertThat(policy.resolve(Requester.of(ADMIN)).isAdmin()).isTrue();
        assertThat(policy.resolve(new Requester(BUYER, Set.of("r-admin"))).isAdmin()).isTrue();
    }

    @Test
    void everyActorIsABuyer() {
        assertThat(Actor.buyer(BUYER).roles()).containsExactly(Role.BUYER);
        assertThat(new Actor(BUYER, null).roles()).containsExactly(Role.BUYER);
        assertThat(new Actor(ADMIN, Set.of(Role.ADMIN)).roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.BUYER);
        assertThatThrownBy(() -> new Actor(null, Set.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void requirePassesWithTheRoleAndRefusesWithout() {
        Actor admin = new Actor(ADMIN, Set.of(Role.ADMIN));
        assertThat(admin.isAdmin()).isTrue();
        assertThat(admin.has(Role.SUPPORT)).isFalse();
        assertThatCode(() -> admin.require(Role.ADMIN, "approve payments")).doesNotThrowAnyException();
        assertThatCode(() -> admin.require(Role.BUYER, "buy")).doesNotThrowAnyException();

        Actor buyer = Actor.buyer(BUYER);
        assertThat(buyer.isAdmin()).isFalse();
        assertThatThrownBy(() -> buyer.require(Role.ADMIN, "approve payments"))
                .isInstanceOfSatisfying(NotAuthorizedException.class, e -> {
                    assertThat(e.code()).isEqualTo("not_authorized");
                    assertThat(e.action()).isEqualTo("approve payments");
                    assertThat(e.details()).containsEntry("user", BUYER.asString());
                });
        assertThatThrownBy(() -> buyer.require(Role.SUPPORT, "request keys"))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void aRequesterNamesItsUserAndCopiesItsRoles() {
        assertThat(Requester.of(BUYER).roleIds()).isEmpty();
        assertThat(new Requester(BUYER, null).roleIds()).isEmpty();
        Set<String> roles = new HashSet<>(Set.of("r1"));
        Requester requester = new Requester(BUYER, roles);
        roles.clear();
        assertThat(requester.roleIds()).containsExactly("r1");
        assertThatThrownBy(() -> new Requester(null, Set.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void serverAdministratorsAreAdminsOnlyWhenNoAdminIsNamed() {
        Requester serverAdmin = new Requester(BUYER, Set.of(AccessPolicy.SERVER_ADMINISTRATOR));
        AccessPolicy none = new AccessPolicy(Set.of(), Set.of(), Set.of(SUPPORT), Set.of("r-support"));

        AccessPolicy fallback = none.withServerAdministratorsWhenNoAdmins();

        assertThat(none.namesAdmins()).isFalse();
        assertThat(none.resolve(serverAdmin).has(Role.ADMIN)).isFalse();
        assertThat(fallback.adminRoleIds()).containsExactly(AccessPolicy.SERVER_ADMINISTRATOR);
        assertThat(fallback.resolve(serverAdmin).has(Role.ADMIN)).isTrue();
        assertThat(fallback.resolve(Requester.of(BUYER)).has(Role.ADMIN)).isFalse();
        assertThat(fallback.resolve(Requester.of(SUPPORT)).roles()).containsExactlyInAnyOrder(Role.SUPPORT, Role.BUYER);
        assertThat(fallback.namesAdmins()).isFalse();
        assertThat(fallback.withServerAdministratorsWhenNoAdmins()).isEqualTo(fallback);
    }

    @Test
    void namedAdminsKeepServerAdministratorsOut() {
        Requester serverAdmin = new Requester(BUYER, Set.of(AccessPolicy.SERVER_ADMINISTRATOR));
        AccessPolicy byUser = new AccessPolicy(Set.of(ADMIN), Set.of(), Set.of(), Set.of());
        AccessPolicy byRole = new AccessPolicy(Set.of(), Set.of("r-admin"), Set.of(), Set.of());

        assertThat(byUser.namesAdmins()).isTrue();
        assertThat(byRole.namesAdmins()).isTrue();
        assertThat(byUser.withServerAdministratorsWhenNoAdmins()).isSameAs(byUser);
        assertThat(byRole.withServerAdministratorsWhenNoAdmins()).isSameAs(byRole);
        assertThat(byUser.resolve(serverAdmin).has(Role.ADMIN)).isFalse();
        assertThat(byRole.resolve(serverAdmin).has(Role.ADMIN)).isFalse();
    }
}
