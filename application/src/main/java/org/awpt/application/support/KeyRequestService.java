package org.awpt.application.support;

import java.util.List;
import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.request.KeyRequest;

/**
 * Key requests as one use case, each operation done by the part that owns it: asking
 * ({@link KeyRequestIntake}), deciding ({@link KeyRequestDecisions}) and telling the requester
 * ({@link KeyRequestDeliveries}).
 */
public final class KeyRequestService implements KeyRequestUseCase {
    private final KeyRequestIntake intake;
    private final KeyRequestDecisions decisions;
    private final KeyRequestDeliveries deliveries;

    /** Key requests made of these parts. */
    public KeyRequestService(KeyRequestIntake intake, KeyRequestDecisions decisions, KeyRequestDeliveries deliveries) {
        this.intake = Objects.requireNonNull(intake, "intake");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    }

    @Override
    public KeyRequest request(RequestKeys command) {
        return intake.request(command);
    }

    @Override
    public KeyRequest approve(DecideKeyRequest command) {
        return decisions.approve(command);
    }

    @Override
    public KeyRequest deny(DecideKeyRequest command) {
        return decisions.deny(command);
    }

    @Override
    public List<KeyRequest> pending(Requester admin) {
        return decisions.pending(admin);
    }

    @Override
    public int retryDeliveries() {
        return deliveries.retryDeliveries();
    }
}
