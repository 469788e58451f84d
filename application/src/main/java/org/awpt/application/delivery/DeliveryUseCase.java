package org.awpt.application.delivery;

import java.util.List;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseKey;

/** Telling buyers the keys they were handed, until they were told. */
public interface DeliveryUseCase {

    /**
     * Tells the key's holder their key unless they were told already (then nothing is sent again).
     *
     * @return how the holder was told, or {@code null} when no way worked this time (the delivery
     *         stays pending and is retried)
     * @throws org.awpt.domain.NotFoundException when no key has the code
     */
    DeliveryChannel deliver(KeyCode code);

    /**
     * Tells the holder the key a use case has just claimed, as the claim returned it (not read again).
     *
     * @return the key as it stands afterwards (told, or still pending) and how its holder was told
     */
    Delivered deliver(LicenseKey claimed);

    /**
     * A delivery's outcome.
     *
     * @param key the key as stored after the attempt
     * @param via how the holder was told; {@code null} when no way worked this time (retried later)
     */
    record Delivered(LicenseKey key, DeliveryChannel via) {
        /** Checks the key is there. */
        public Delivered {
            java.util.Objects.requireNonNull(key, "key");
        }
    }

    /**
     * Retries every delivery still pending a minute after its claim, if its order is settled; a key
     * whose order was called off goes back to stock.
     *
     * @return how many holders were told now
     */
    int retryPending();

    /**
     * The keys the requester holds, newest first; those not yet told count as told now. A key claimed
     * for a payment that is not decided yet is not shown.
     */
    List<LicenseKey> myLicenses(Requester requester);
}
