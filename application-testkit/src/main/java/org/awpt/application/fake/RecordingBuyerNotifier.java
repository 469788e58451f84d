package org.awpt.application.fake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.DeliveryFailedException;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.payment.PaymentSession;
import org.awpt.domain.request.KeyRequest;

/**
 * Records what buyers and support staff were told; thread-safe. By default every direct message
 * arrives. {@link #closeDirectMessages()} makes key deliveries fall back to the purchase ticket (or
 * fail when the key has no ticket), {@link #becomeUnreachable()} makes every delivery fail, and
 * {@link #failNext(int)} makes only the next few fail.
 */
public final class RecordingBuyerNotifier implements BuyerNotifier {
    private final List<KeyDelivery> keyDeliveries = new CopyOnWriteArrayList<>();
    private final List<RequestDelivery> requestDeliveries = new CopyOnWriteArrayList<>();
    private final List<PaymentSession> closedPayments = new CopyOnWriteArrayList<>();
    private final AtomicReference<Reach> reach = new AtomicReference<>(Reach.DIRECT_MESSAGES);
    private final AtomicInteger failuresToCome = new AtomicInteger();
    private final AtomicInteger failedAttempts = new AtomicInteger();

    @Override
    public DeliveryChannel deliverKey(LicenseKey key, LicenseType type) {
        failIfScripted();
        DeliveryChannel via;
        if (reach.get() == Reach.DIRECT_MESSAGES) {
            via = DeliveryChannel.DIRECT_MESSAGE;
        } else if (key.delivery() != null && key.delivery().ticketChannel() != null) {
            via = DeliveryChannel.TICKET;
        } else {
            throw failure("direct messages closed and no ticket");
        }
        keyDeliveries.add(new KeyDelivery(key, type, via));
        return via;
    }

    @Override
    public void deliverRequestedKeys(KeyRequest request, List<LicenseKey> keys) {
        failIfScripted();
        if (reach.get() != Reach.DIRECT_MESSAGES) {
            throw failure("direct messages closed");
        }
        requestDeliveries.add(new RequestDelivery(request, List.copyOf(keys)));
    }

    @Override
    public void paymentClosed(PaymentSession session) {
        closedPayments.add(session);
    }

    /** Direct messages fail from now on: keys go to the purchase ticket when they have one. */
    public RecordingBuyerNotifier closeDirectMessages() {
        reach.set(Reach.TICKET_ONLY);
        return this;
    }

    /** Every delivery fails from now on with {@link DeliveryFailedException}. */
    public RecordingBuyerNotifier becomeUnreachable() {
        reach.set(Reach.NOWHERE);
        return this;
    }

    /** Direct messages arrive again. */
    public RecordingBuyerNotifier reopen() {
        reach.set(Reach.DIRECT_MESSAGES);
        return this;
    }

    /** The next {@code count} deliveries (of keys or requested keys) fail, then they work as before. */
    public RecordingBuyerNotifier failNext(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a failure count is 0 or more");
        }
        failuresToCome.set(count);
        return this;
    }

    /** Every key that arrived, in order (the same key twice when it was delivered twice). */
    public List<KeyDelivery> keyDeliveries() {
        return List.copyOf(keyDeliveries);
    }

    /** The codes of every key that arrived, in order. */
    public List<KeyCode> deliveredCodes() {
        return keyDeliveries.stream().map(d -> d.key().code()).toList();
    }

    /** Every approved request whose keys arrived, in order. */
    public List<RequestDelivery> requestDeliveries() {
        return List.copyOf(requestDeliveries);
    }

    /** Every session the buyer was told was closed, in order. */
    public List<PaymentSession> closedPayments() {
        return List.copyOf(closedPayments);
    }

    /** How many deliveries failed. */
    public int failedAttempts() {
        return failedAttempts.get();
    }

    private void failIfScripted() {
        if (reach.get() == Reach.NOWHERE) {
            throw failure("buyer unreachable");
        }
        if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw failure("scripted failure");
        }
    }

    private DeliveryFailedException failure(String why) {
        failedAttempts.incrementAndGet();
        return new DeliveryFailedException(why, null);
    }

    private enum Reach {
        DIRECT_MESSAGES, TICKET_ONLY, NOWHERE
    }

    /**
     * One key that arrived.
     *
     * @param key  the key as delivered
     * @param type its license type
     * @param via  how it arrived
     */
    public record KeyDelivery(LicenseKey key, LicenseType type, DeliveryChannel via) {
    }

    /**
     * The keys of one approved request that arrived.
     *
     * @param request the request
     * @param keys    its keys
     */
    public record RequestDelivery(KeyRequest request, List<LicenseKey> keys) {
    }
}
