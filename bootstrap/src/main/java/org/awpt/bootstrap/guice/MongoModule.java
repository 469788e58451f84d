package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import org.awpt.adapters.mongo.DatabaseUnavailableException;
import org.awpt.adapters.mongo.MongoPersistence;
import org.awpt.adapters.mongo.MongoSettings;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.CooldownStore;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.LockdownStore;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.ProofStore;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.port.StorefrontVisitRepository;
import org.awpt.application.shared.ShopSettings;

/**
 * Every repository port on MongoDB: a server named by a URI, or the embedded server in the data
 * folder. The connection opens when the injector first provides {@link MongoPersistence}.
 */
public final class MongoModule extends AbstractModule {
    private final MongoSettings settings;

    /** The repositories on this database. */
    public MongoModule(MongoSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Provides
    @Singleton
    MongoPersistence persistence(ShopSettings shop, Clock clock) {
        try {
            return MongoPersistence.connect(settings, shop.types(), clock);
        } catch (IllegalStateException | UncheckedIOException e) {
            if (!settings.isEmbedded()) {
                throw e;
            }
            // The file held by a running bot, or a data folder that cannot be made: the operator's to fix,
            // and the adapter's message says how, so it is reported like an unreachable server.
            throw new DatabaseUnavailableException(e.getMessage(), e);
        }
    }

    @Provides
    LicenseKeyRepository licenseKeys(MongoPersistence mongo) {
        return mongo.licenseKeys();
    }

    @Provides
    PaymentSessionRepository paymentSessions(MongoPersistence mongo) {
        return mongo.paymentSessions();
    }

    @Provides
    KeyRequestRepository keyRequests(MongoPersistence mongo) {
        return mongo.keyRequests();
    }

    @Provides
    StorefrontVisitRepository storefrontVisits(MongoPersistence mongo) {
        return mongo.storefrontVisits();
    }

    @Provides
    AuditLog auditLog(MongoPersistence mongo) {
        return mongo.auditLog();
    }

    @Provides
    LockdownStore lockdowns(MongoPersistence mongo) {
        return mongo.lockdowns();
    }

    @Provides
    CooldownStore cooldowns(MongoPersistence mongo) {
        return mongo.cooldowns();
    }

    @Provides
    ProofStore proofs(MongoPersistence mongo) {
        return mongo.proofs();
    }

    @Provides
    PurchaseTicketRepository purchaseTickets(MongoPersistence mongo) {
        return mongo.purchaseTickets();
    }

    @Provides
    OnceRegistry onceRegistry(MongoPersistence mongo) {
        return mongo.onceRegistry();
    }
}
