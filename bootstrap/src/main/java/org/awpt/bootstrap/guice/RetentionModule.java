package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.time.Clock;
import java.util.Objects;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.ProofStore;
import org.awpt.application.port.StorefrontVisitRepository;
import org.awpt.application.retention.RetentionPolicy;
import org.awpt.application.retention.RetentionService;
import org.awpt.application.retention.RetentionUseCase;
import org.awpt.bootstrap.PeriodicRound;
import org.awpt.bootstrap.Sweepers;

/**
 * The retention policy of the configuration, applied to the opened store by a round of the running bot
 * (scheduled by {@link Sweepers} with the other rounds of {@link RoundsModule}'s set).
 */
public final class RetentionModule extends AbstractModule {
    private final RetentionPolicy policy;

    /** The module applying this policy. */
    public RetentionModule(RetentionPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Provides
    @Singleton
    RetentionUseCase retention(ProofStore proofs, PaymentSessionRepository sessions, StorefrontVisitRepository visits,
            AuditLog audit, Clock clock) {
        return new RetentionService(policy, proofs, sessions, visits, audit, clock);
    }

    @ProvidesIntoSet
    PeriodicRound retentionRound(RetentionUseCase retention) {
        return new PeriodicRound(Sweepers.RETENTION_EVERY, "records past their retention deleted",
                () -> retention.purge().total());
    }
}
