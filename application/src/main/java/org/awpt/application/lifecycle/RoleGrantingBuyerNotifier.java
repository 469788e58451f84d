package org.awpt.application.lifecycle;

import java.util.List;
import java.util.Objects;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.request.KeyRequest;

/**
 * A buyer notifier that gives the licensed role once a buyer was told their key, so every
 * delivery path (Robux, manual approval, the outbox sweeper) grants it without knowing of roles.
 * Wire it around the real notifier; it changes nothing else.
 */
public final class RoleGrantingBuyerNotifier implements BuyerNotifier {
    private final BuyerNotifier delegate;
    private final LicenseLifecycleUseCase lifecycle;

    /** Tells buyers through {@code delegate}, then lets {@code lifecycle} grant the role. */
    public RoleGrantingBuyerNotifier(BuyerNotifier delegate, LicenseLifecycleUseCase lifecycle) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    }

    @Override
    public DeliveryChannel deliverKey(LicenseKey key, LicenseType type) {
        DeliveryChannel via = delegate.deliverKey(key, type);
        lifecycle.licenseDelivered(key);
        return via;
    }

    @Override
    public void deliverRequestedKeys(KeyRequest request, List<LicenseKey> keys) {
        delegate.deliverRequestedKeys(request, keys);
    }

    @Override
    public void paymentClosed(PaymentSession session) {
        delegate.paymentClosed(session);
    }
}
