package org.awpt.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.awpt.application.adminshop.AdminShop;
import org.awpt.application.port.AuditQuery;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

class AuditServiceTest {
    private final AdminShop shop = new AdminShop();

    @Test
    void adminsReadTheNewestEventsFilteredByActorOrAction() {
        shop.auditor.record(AdminShop.ADMIN, AuditAction.KEYS_IMPORTED, "weekly", Map.of());
        shop.clock.advance(Duration.ofSeconds(1));
        shop.auditor.record(AdminShop.SUPPORT, AuditAction.KEYS_REQUESTED, "r1", Map.of());
        shop.clock.advance(Duration.ofSeconds(1));
        shop.auditor.record(AdminShop.ADMIN, AuditAction.KEY_REVOKED, "k", Map.of());

        assertThat(shop.audit.recent(AdminShop.admin(), new AuditQuery(Optional.empty(), Optional.empty(), 2)))
                .extracting(AuditEvent::action).containsExactly(AuditAction.KEY_REVOKED, AuditAction.KEYS_REQUESTED);
        assertThat(shop.audit.recent(AdminShop.admin(),
                new AuditQuery(Optional.of(AdminShop.ADMIN), Optional.empty(), 10)))
                .extracting(AuditEvent::action).containsExactly(AuditAction.KEY_REVOKED, AuditAction.KEYS_IMPORTED);
        assertThat(shop.audit.recent(AdminShop.admin(),
                new AuditQuery(Optional.empty(), Optional.of(AuditAction.KEYS_REQUESTED), 10)))
                .extracting(AuditEvent::subject).containsExactly("r1");
    }

    @Test
    void supportAndBuyersMayNotReadTheAuditLog() {
        AuditQuery all = new AuditQuery(Optional.empty(), Optional.empty(), 10);

        assertThatThrownBy(() -> shop.audit.recent(AdminShop.support(), all)).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> shop.audit.recent(AdminShop.buyer(), all)).isInstanceOf(NotAuthorizedException.class);
    }
}
