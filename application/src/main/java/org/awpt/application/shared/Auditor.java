package org.awpt.application.shared;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.AuditQuery;
import org.awpt.application.port.IdSource;
import org.awpt.domain.ActorId;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.audit.AuditEvent;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.OrderId;

/** Writes audit events with an id and the current time. Never give it a full license key. */
public final class Auditor {
    private final AuditLog log;
    private final IdSource ids;
    private final Clock clock;

    /** An auditor writing to this log. */
    public Auditor(AuditLog log, IdSource ids, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The newest events matching the query, newest first (for limits counted from what was recorded). */
    public List<AuditEvent> recent(AuditQuery query) {
        return log.recent(query);
    }

    /** Records that {@code actor} ({@code null} for the shop itself) did {@code action} to {@code subject}. */
    public AuditEvent record(ActorId actor, AuditAction action, String subject, Map<String, String> details) {
        AuditEvent event = new AuditEvent(ids.nextId(), clock.instant(), actor, action, subject, details);
        log.append(event);
        return event;
    }

    /**
     * Records that {@code recipient} was told {@code key} through {@code via}: {@link AuditAction#KEY_DELIVERED}
     * when the shop sent it, {@link AuditAction#KEY_TOLD} when the holder saw it in their own license list.
     * The key shows masked.
     */
    public AuditEvent keyTold(ActorId actor, LicenseKey key, DiscordUserId recipient, DeliveryChannel via) {
        Map<String, String> details = new HashMap<>();
        details.put("holder", recipient.asString());
        details.put("channel", via.name());
        details.put("type", key.type().value());
        if (key.orderId() != null) {
            details.put("order", key.orderId().value());
        }
        AuditAction action = via == DeliveryChannel.MY_LICENSES ? AuditAction.KEY_TOLD : AuditAction.KEY_DELIVERED;
        return record(actor, action, key.code().masked(), details);
    }

    /**
     * Records that {@code released}, handed out for {@code order}, went back to stock, and why (a short
     * lower-case word such as {@code rejected}). The key shows masked.
     */
    public AuditEvent keyReleased(ActorId actor, LicenseKey released, OrderId order, String reason) {
        return record(actor, AuditAction.KEY_RELEASED, released.code().masked(), Map.of(
                "order", order.value(), "type", released.type().value(), "reason", reason));
    }
}
