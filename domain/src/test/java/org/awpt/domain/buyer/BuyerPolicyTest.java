package org.awpt.domain.buyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.domain.TestData.ADMIN;
import static org.awpt.domain.TestData.BUYER;
import static org.awpt.domain.TestData.ROBLOX;
import static org.awpt.domain.TestData.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.TestData;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.OrderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuyerPolicyTest {
    private final BuyerPolicy policy = BuyerPolicy.defaults();
    private static final String ACCOUNT = "discord:" + BUYER.asString();

    /** A key of the type, delivered to the buyer at {@code at}. */
    private static LicenseKey licence(int n, LicenseType type, Instant at) {
        return LicenseKey.inStock(TestData.key(n), type.code(), T0)
                .deliver(new ClaimOrder(new OrderId("o-" + n), type, BUYER, null, null), at);
    }

    private final LicenseKey weekly = licence(1, LicenseType.weekly(), T0);
    private static final Instant EXPIRY = T0.plus(Duration.ofDays(7));

    @Test
    void theOwnerGroupAccountIsBlockedByDefault() {
        assertThat(BuyerPolicy.OWNER_GROUP).isEqualTo(new RobloxUserId(2425307148L));
        assertThat(policy.blockedRobloxAccounts()).containsExactly(BuyerPolicy.OWNER_GROUP);
        assertThatThrownBy(() -> policy.checkNotBlocked(RobloxUserId.parse("2425307148")))
                .isInstanceOfSatisfying(BlockedBuyerException.class, e -> {
                    assertThat(e.code()).isEqualTo("blocked_buyer");
                    assertThat(e.details()).containsEntry("roblox", "2425307148");
                });
        assertThatCode(() -> policy.checkNotBlocked(ROBLOX)).doesNotThrowAnyException();
    }

    @Test
    void theDefaultRenewalWindowIsTwoDays() {
        assertThat(policy.renewalWindow()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void aBuyerWithoutLicensesMayBuy() {
        assertThatCode(() -> policy.checkMayBuy(ACCOUNT, List.of(), T0)).doesNotThrowAnyException();
    }

    @Test
    void anActiveLicenseBeforeItsRenewalWindowRefusesWithExpiryAndRenewalTime() {
        Instant renewableFrom = EXPIRY.minus(Duration.ofDays(2));
        for (Instant now : List.of(T0, T0.plus(Duration.ofDays(1)), renewableFrom.minusSeconds(1))) {
            assertThatThrownBy(() -> policy.checkMayBuy(ACCOUNT, List.of(weekly), now))
                    .isInstanceOfSatisfying(AlreadyLicensedException.class, e -> {
                        assertThat(e.code()).isEqualTo("already_licensed");
                        assertThat(e.expiresAt()).isEqualTo(EXPIRY);
                        assertThat(e.renewableFrom()).isEqualTo(renewableFrom);
                        assertThat(e.details()).containsEntry("account", ACCOUNT)
                                .containsEntry("expiresAt", EXPIRY)
                                .containsEntry("renewableFrom", renewableFrom);
                    });
        }
    }

    @Test
    void withinTheRenewalWindowTheBuyerMayRenew() {
        Instant renewableFrom = EXPIRY.minus(Duration.ofDays(2));
        assertThatCode(() -> policy.checkMayBuy(ACCOUNT, List.of(weekly), renewableFrom)).doesNotThrowAnyException();
        assertThatCode(() -> policy.checkMayBuy(ACCOUNT, List.of(weekly), EXPIRY.minusSeconds(1)))
                .doesNotThrowAnyException();
    }

    @Test
    void aWeeklyBuyerMayBuyAgainAfterExpiry() {
        assertThatCode(() -> policy.checkMayBuy(ACCOUNT, List.of(weekly), EXPIRY)).doesNotThrowAnyException();
        assertThatCode(() -> policy.checkMayBuy(ACCOUNT, List.of(weekly), EXPIRY.plus(Duration.ofDays(30))))
                .doesNotThrowAnyException();
        BuyerPolicy noWindow = new BuyerPolicy(Set.of(), Duration.ZERO);
        assertThatCode(() -> noWindow.checkMayBuy(ACCOUNT, List.of(weekly), EXPIRY)).doesNotThrowAnyException();
    }

    @Test
    void withoutARenewalWindowTheBuyerWaitsForExpiry() {
        BuyerPolicy noWindow = new BuyerPolicy(Set.of(), Duration.ZERO);
        assertThatThrownBy(() -> noWindow.checkMayBuy(ACCOUNT, List.of(weekly), EXPIRY.minusSeconds(1)))
                .isInstanceOfSatisfying(AlreadyLicensedException.class,
                        e -> assertThat(e.renewableFrom()).isEqualTo(EXPIRY));
    }

    @Test
    void aRevokedLicenseIsNotActive() {
        LicenseKey revoked = weekly.revoke(ADMIN, "refund", T0.plusSeconds(10));
        assertThatCode(() -> policy.checkMayBuy(ACCOUNT, List.of(revoked), T0.plusSeconds(20)))
                .doesNotThrowAnyException();
    }

    @Test
    void theLatestActiveLicenseDecides() {
        LicenseKey expiredWeekly = licence(2, LicenseType.weekly(), T0.minus(Duration.ofDays(20)));
        LicenseKey monthly = licence(3, LicenseType.monthly(), T0.minus(Duration.ofDays(1)));
        Instant monthlyExpiry = T0.plus(Duration.ofDays(29));
        assertThatThrownBy(() -> policy.checkMayBuy(ACCOUNT, List.of(weekly, expiredWeekly, monthly),
                T0.plus(Duration.ofDays(6))))
                .isInstanceOfSatisfying(AlreadyLicensedException.class, e -> {
                    assertThat(e.expiresAt()).isEqualTo(monthlyExpiry);
                    assertThat(e.renewableFrom()).isEqualTo(monthlyExpiry.minus(Duration.ofDays(2)));
                });
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -86_400})
    void theRenewalWindowIsNotNegative(long seconds) {
        assertThatThrownBy(() -> new BuyerPolicy(Set.of(), Duration.ofSeconds(seconds)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBlocklistIsOptionalAndCopied() {
        assertThat(new BuyerPolicy(null, Duration.ZERO).blockedRobloxAccounts()).isEmpty();
        assertThatThrownBy(() -> new BuyerPolicy(Set.of(), null)).isInstanceOf(NullPointerException.class);
        Set<RobloxUserId> blocked = new HashSet<>(Set.of(ROBLOX));
        BuyerPolicy policy = new BuyerPolicy(blocked, Duration.ZERO);
        blocked.clear();
        assertThatThrownBy(() -> policy.checkNotBlocked(ROBLOX)).isInstanceOf(BlockedBuyerException.class);
        assertThatCode(() -> policy.checkNotBlocked(BuyerPolicy.OWNER_GROUP)).doesNotThrowAnyException();
    }
}
