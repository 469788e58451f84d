package org.awpt.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.storefront.StorefrontVisit;

/** Buyers sent to the external storefront (PayPal), kept so a visit can be cancelled after a restart. */
public interface StorefrontVisitRepository {

    /** Stores a new visit; refuses with {@link IllegalStateException} if its id is taken. */
    void insert(StorefrontVisit visit);

    /** Replaces the stored visit if it is still at {@code next.version() - 1}; whether it was. */
    boolean replace(StorefrontVisit next);

    /** The visit with this id. */
    Optional<StorefrontVisit> find(String id);

    /** A buyer's open visits, newest first. */
    List<StorefrontVisit> openVisitsOf(DiscordUserId buyer);

    /**
     * Deletes the visits opened before {@code cutoff}, open or cancelled: a buyer who has not come back
     * from the storefront by then is not coming back through that link.
     *
     * @return how many were deleted
     */
    int deleteOpenedBefore(Instant cutoff);
}
