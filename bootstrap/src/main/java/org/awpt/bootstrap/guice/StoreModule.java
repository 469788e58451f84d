package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import java.util.Objects;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.BuyerLanguageStore;
import org.awpt.application.port.CooldownStore;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.LockdownStore;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.ProofStore;
import org.awpt.application.port.SalesLedger;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.port.StorefrontVisitRepository;
import org.awpt.bootstrap.store.Repositories;
import org.awpt.bootstrap.store.Store;

/**
 * Every repository port from the database already opened (SQLite or MongoDB, see {@link Store}).
 * The store is opened before the injector, so the injector never opens, retries or closes it;
 * {@link org.awpt.bootstrap.Assembly} closes it last.
 */
public final class StoreModule extends AbstractModule {
    private final Store store;

    /** The repositories of this opened store. */
    public StoreModule(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    protected void configure() {
        Repositories ports = store.repositories();
        bind(Store.class).toInstance(store);
        bind(LicenseKeyRepository.class).toInstance(ports.licenseKeys());
        bind(PaymentSessionRepository.class).toInstance(ports.paymentSessions());
        bind(KeyRequestRepository.class).toInstance(ports.keyRequests());
        bind(StorefrontVisitRepository.class).toInstance(ports.storefrontVisits());
        bind(PurchaseTicketRepository.class).toInstance(ports.purchaseTickets());
        bind(OnceRegistry.class).toInstance(ports.onceRegistry());
        bind(AuditLog.class).toInstance(ports.auditLog());
        bind(LockdownStore.class).toInstance(ports.lockdowns());
        bind(CooldownStore.class).toInstance(ports.cooldowns());
        bind(ProofStore.class).toInstance(ports.proofs());
        bind(SalesLedger.class).toInstance(ports.sales());
        bind(BuyerLanguageStore.class).toInstance(ports.buyerLanguages());
    }
}
