package org.awpt.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awpt.application.lifecycle.LifecycleShop.BUYER;

import java.util.List;
import org.awpt.application.delivery.DeliveryService;
import org.awpt.application.delivery.OrderSettlement;
import org.awpt.application.event.EventDispatcher;
import org.awpt.application.event.ShopReactions;
import org.awpt.application.fake.InMemoryAuditLog;
import org.awpt.application.fake.RecordingAdminNotifier;
import org.awpt.application.fake.RecordingBuyerNotifier;
import org.awpt.application.fake.SequentialIdSource;
import org.awpt.application.port.LicensedRoleGateway;
import org.awpt.application.shared.Auditor;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.event.KeyDelivered;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.junit.jupiter.api.Test;

/** The licensed role as a reaction to {@link KeyDelivered}: every delivery path grants it, none knows of roles. */
class LicensedRoleReactionTest {
    private final LifecycleShop shop = new LifecycleShop();
    private final RecordingBuyerNotifier buyers = new RecordingBuyerNotifier();
    private final EventDispatcher events = new EventDispatcher().add(ShopReactions.licensedRole(shop.lifecycle));
    private final DeliveryService delivery = new DeliveryService(shop.settings, shop.keys, buyers,
            new RecordingAdminNotifier(), OrderSettlement.alwaysSettled(),
            new Auditor(new InMemoryAuditLog(), new SequentialIdSource(), shop.clock), shop.clock, events);

    @Test
    void aToldBuyerGetsTheRole() {
        LicenseKey key = shop.sell(BUYER);

        assertThat(delivery.deliver(key.code())).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);

        assertThat(buyers.deliveredCodes()).containsExactly(key.code());
        assertThat(shop.roles.holders()).containsExactly(BUYER);
    }

    @Test
    void aBuyerToldInTheTicketGetsTheRoleToo() {
        buyers.closeDirectMessages();

        assertThat(delivery.deliver(shop.sell(BUYER).code())).isEqualTo(DeliveryChannel.TICKET);

        assertThat(shop.roles.has(BUYER)).isTrue();
    }

    @Test
    void aFailedDeliveryGivesNoRoleUntilTheRetryTellsTheBuyer() {
        buyers.becomeUnreachable();
        LicenseKey key = shop.sell(BUYER);

        assertThat(delivery.deliver(key.code())).isNull();
        assertThat(shop.roles.changes()).isEmpty();

        buyers.reopen();
        shop.clock.advance(java.time.Duration.ofHours(2));
        assertThat(delivery.retryPending()).isEqualTo(1);
        assertThat(shop.roles.holders()).containsExactly(BUYER);
    }

    @Test
    void aRoleGatewayThatFailsDoesNotUndoTheDelivery() {
        LifecycleShop failing = new LifecycleShop(new LicensedRoleGateway() {
            @Override
            public void grant(DiscordUserId user) {
                throw new IllegalStateException("missing permission");
            }

            @Override
            public void revoke(DiscordUserId user) {
                throw new IllegalStateException("missing permission");
            }
        });
        DeliveryService withFailingRole = new DeliveryService(failing.settings, failing.keys, buyers,
                new RecordingAdminNotifier(), OrderSettlement.alwaysSettled(),
                new Auditor(new InMemoryAuditLog(), new SequentialIdSource(), failing.clock), failing.clock,
                new EventDispatcher().add(ShopReactions.licensedRole(failing.lifecycle)));
        LicenseKey key = failing.sell(BUYER);

        assertThat(withFailingRole.deliver(key.code())).isEqualTo(DeliveryChannel.DIRECT_MESSAGE);

        assertThat(failing.keys.findByCode(key.code()).orElseThrow().delivery().isPending()).isFalse();
        assertThat(List.copyOf(buyers.deliveredCodes())).containsExactly(key.code());
    }
}
