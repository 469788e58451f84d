package org.awpt.domain;

import java.time.Instant;
import java.util.Set;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Role;
import org.awpt.domain.license.KeyCode;

/** Fixed values shared by the domain tests: instants, people and key codes. No wall clock. */
public final class TestData {
    /** The instant every test starts from. */
    public static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    /** A buyer. */
    public static final DiscordUserId BUYER = new DiscordUserId(111_111_111_111_111_111L);
    /** Another buyer. */
    public static final DiscordUserId OTHER = new DiscordUserId(222_222_222_222_222_222L);
    /** An admin. */
    public static final DiscordUserId ADMIN = new DiscordUserId(999_999_999_999_999_999L);
    /** A second admin. */
    public static final DiscordUserId ADMIN_2 = new DiscordUserId(888_888_888_888_888_888L);
    /** A support member. */
    public static final DiscordUserId SUPPORT = new DiscordUserId(555_555_555_555_555_555L);
    /** A Roblox account. */
    public static final RobloxUserId ROBLOX = new RobloxUserId(123_456_789L);

    /** A well-formed key code. */
    public static final String KEY_TEXT = "AbCdEfGhIjKlMnOpQrStUvWxYz012345";

    private TestData() {
    }

    /** The buyer as an actor without staff roles. */
    public static Actor buyer() {
        return Actor.buyer(BUYER);
    }

    /** Another buyer as an actor. */
    public static Actor otherBuyer() {
        return Actor.buyer(OTHER);
    }

    /** The admin as an actor. */
    public static Actor admin() {
        return new Actor(ADMIN, Set.of(Role.ADMIN, Role.SUPPORT));
    }

    /** The second admin as an actor. */
    public static Actor admin2() {
        return new Actor(ADMIN_2, Set.of(Role.ADMIN, Role.SUPPORT));
    }

    /** The support member as an actor. */
    public static Actor support() {
        return new Actor(SUPPORT, Set.of(Role.SUPPORT));
    }

    /** A distinct well-formed key code per number. */
    public static KeyCode key(int n) {
        return new KeyCode(String.format("K%031d", n));
    }
}
