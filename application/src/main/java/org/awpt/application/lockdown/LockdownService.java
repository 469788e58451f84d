package org.awpt.application.lockdown;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.awpt.application.port.LockdownStore;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;
import org.awpt.domain.access.Requester;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.payment.PaymentMethod;

/** Lockdown switches kept in a {@link LockdownStore}; the shop's features come from its settings. */
public final class LockdownService implements LockdownUseCase {
    /** The longest reason a switch keeps. */
    static final int MAX_REASON = 500;

    private final LockdownStore store;
    private final ShopSettings settings;
    private final Authorization authorization;
    private final Auditor auditor;
    private final Clock clock;

    /** A service over this store, for the shop's payment methods. */
    public LockdownService(LockdownStore store, ShopSettings settings, Authorization authorization, Auditor auditor,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Lockdown set(SetLockdown command) {
        Actor admin = authorization.requireAdmin(command.requester(), "set lockdowns");
        Set<Feature> features = features();
        if (!features.contains(command.feature())) {
            throw new InvalidInputException("feature", "one of " + features);
        }
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "at most " + MAX_REASON + " characters");
        }
        Lockdown lockdown = new Lockdown(command.feature(), command.locked(),
                admin.userId("switch lockdowns"), clock.instant(), reason);
        store.save(lockdown);
        auditor.record(admin.id(), AuditAction.LOCKDOWN_CHANGED, lockdown.feature().code(),
                Map.of("locked", Boolean.toString(lockdown.locked()), "reason", lockdown.reason()));
        return lockdown;
    }

    @Override
    public List<FeatureState> status(Requester requester) {
        authorization.requireAdmin(requester, "view lockdowns");
        List<FeatureState> states = new ArrayList<>();
        for (Feature feature : features()) {
            states.add(new FeatureState(feature, store.find(feature)));
        }
        return List.copyOf(states);
    }

    @Override
    public void requireOpen(Feature feature) {
        store.find(feature).ifPresent(Lockdown::requireOpen);
    }

    /** Every payment method, then key requests and imports, in that order. */
    private Set<Feature> features() {
        Set<Feature> features = new LinkedHashSet<>();
        for (PaymentMethod method : settings.methods().all()) {
            features.add(Feature.paymentMethod(method.code()));
        }
        features.add(Feature.KEY_REQUESTS);
        features.add(Feature.IMPORTS);
        return features;
    }
}
