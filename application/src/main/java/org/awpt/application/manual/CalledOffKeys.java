package org.awpt.application.manual;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.shared.Auditor;
import org.awpt.domain.ActorId;
import org.awpt.domain.event.StockChanged;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.payment.PaymentSession;

/** Puts back in stock the key an approval claimed for a session that was then called off. */
final class CalledOffKeys {
    private static final System.Logger LOG = System.getLogger(CalledOffKeys.class.getName());

    private final LicenseKeyRepository keys;
    private final Auditor auditor;
    private final ShopEvents events;

    CalledOffKeys(LicenseKeyRepository keys, Auditor auditor, ShopEvents events) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Releases the session's key, if an approval claimed one; {@code actor} called the session off. */
    Optional<LicenseKey> releaseKeyOf(PaymentSession session, ActorId actor) {
        Optional<LicenseKey> released = keys.release(session.orderId());
        released.ifPresent(key -> {
            LOG.log(Level.INFO, "key " + key.code().masked() + " claimed for " + session.status().wireName()
                    + " payment " + session.id() + " went back to stock");
            auditor.keyReleased(actor, key, session.orderId(), session.status().wireName());
            events.publish(StockChanged.of(key.type()));
        });
        return released;
    }
}
