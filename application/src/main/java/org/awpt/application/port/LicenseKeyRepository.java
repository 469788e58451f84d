package org.awpt.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;

/**
 * The key inventory. Every change is one atomic operation on one key; the state a change leaves is
 * the one the matching {@link LicenseKey} transition computes.
 */
public interface LicenseKeyRepository {

    /**
     * Adds keys to the inventory. Keys whose code is already present are left as they are and
     * reported, whatever their type or status.
     */
    InsertOutcome insertAll(List<LicenseKey> keys);

    /**
     * Hands one available key of the order's type to its buyer, atomically ({@link LicenseKey#deliver}).
     * At most one key is ever handed out per order: when the order already has a key (a retry, or a
     * concurrent claim for the same order), that key is returned as it is now and nothing changes.
     *
     * @return the order's key, or empty when no key of the type is available
     */
    Optional<LicenseKey> claim(ClaimOrder order, Instant now);

    /**
     * Reserves one available key of a type for a key request line, atomically
     * ({@link LicenseKey#reserve}); idempotent per line like {@link #claim}.
     *
     * @return the line's key, or empty when no key of the type is available
     */
    Optional<LicenseKey> reserve(OrderId requestLine, LicenseTypeCode type, DiscordUserId requester, Instant now);

    /** Records the admin approving a reserved key ({@link LicenseKey#approveReservation}); empty if none for the line. */
    Optional<LicenseKey> approveReservation(OrderId requestLine, DiscordUserId admin, Instant now);

    /**
     * Puts the order's key back in stock ({@link LicenseKey#releaseToStock}), only while nobody was
     * told it; a told, approved or revoked key is left as it is.
     *
     * @return the key as it is now in stock, or empty when the order has no key or it could not go back
     */
    Optional<LicenseKey> release(OrderId order);

    /** Revokes a key for good ({@link LicenseKey#revoke}); empty if no key has the code. */
    Optional<LicenseKey> revoke(KeyCode code, DiscordUserId admin, String reason, Instant now);

    /** Records that the holder was told ({@link LicenseKey#markTold}); empty if no key has the code. */
    Optional<LicenseKey> markTold(KeyCode code, DeliveryChannel via, Instant at);

    /** Records a failed try to tell the holder ({@link LicenseKey#markDeliveryFailed}); empty if no key has the code. */
    Optional<LicenseKey> markDeliveryFailed(KeyCode code, Instant at);

    /** The key with this code. */
    Optional<LicenseKey> findByCode(KeyCode code);

    /** The key handed out for this order. */
    Optional<LicenseKey> findByOrder(OrderId order);

    /** Every key a Discord user holds (used or revoked after use), newest first. */
    List<LicenseKey> heldBy(DiscordUserId holder);

    /** Every key delivered to a Roblox account, newest first. */
    List<LicenseKey> heldByRoblox(RobloxUserId account);

    /**
     * Keys in a status whose holder still has to be told, delivered (or, for reservations, approved) at
     * or before {@code deliveredBefore}, oldest first. Buyers' keys are {@code USED}, support requests'
     * keys {@code REQUESTED}: asking per status keeps one kind from filling the other's batch.
     */
    List<LicenseKey> pendingDeliveries(KeyStatus status, Instant deliveredBefore, int limit);

    /** Used keys expiring in {@code [from, to)}, soonest first. */
    List<LicenseKey> expiringBetween(Instant from, Instant to, int limit);

    /** How many keys of a type are available. */
    long countAvailable(LicenseTypeCode type);

    /** Key counts by type and status, in one pass. Types or statuses with no key are absent. */
    Map<LicenseTypeCode, Map<KeyStatus, Long>> countByTypeAndStatus();

    /** Keys delivered per calendar day (in {@code zone}) with {@code usedAt} in {@code [from, to)}; days without sales are absent. */
    Map<LocalDate, Long> deliveriesPerDay(Instant from, Instant to, ZoneId zone);

    /**
     * A page of keys matching the filter, in a stable order (creation time, then code).
     *
     * @param offset keys to skip
     * @param limit  the most keys to return
     */
    List<LicenseKey> list(KeyFilter filter, int offset, int limit);

    /** How many keys match the filter. */
    long count(KeyFilter filter);

    /**
     * Hands every key matching the filter to {@code sink}, in one consistent pass: each key is read
     * once, in an order the store keeps stable on an immutable indexed key (not the list order), so a
     * key that stays in its status throughout is handed over exactly once even while other keys change.
     * Memory does not grow with the inventory. A matching row that cannot be read as a key is not
     * skipped silently: it is reported in the result and the scan goes on.
     *
     * @return how many keys were handed over and which rows could not be read
     */
    KeyScan scan(KeyFilter filter, Consumer<LicenseKey> sink);

    /**
     * Keys whose code contains the fragment, case-insensitive and taken literally (never as a
     * pattern), in a stable order.
     */
    List<LicenseKey> search(String fragment, int limit);
}
