package org.awpt.application.inventory;

import java.util.List;
import java.util.function.Consumer;
import org.awpt.application.port.KeyFilter;
import org.awpt.application.port.KeyScan;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Requester;
import org.awpt.domain.importing.ImportReport;
import org.awpt.domain.license.LicenseKey;

/**
 * What admins do with the key inventory. Every method refuses non-admins with {@link
 * org.awpt.domain.NotAuthorizedException}, except that the operator at the shop's console ({@link
 * org.awpt.domain.access.Requester#atConsole}) may also import, export, and read statistics and reports.
 */
public interface InventoryUseCase {

    /**
     * Imports a key file of one type and reports per line.
     *
     * @throws org.awpt.domain.access.LockedDownException            while imports are locked down
     * @throws org.awpt.domain.license.UnknownLicenseTypeException    for a type the catalog does not list
     * @throws org.awpt.domain.importing.ImportTooLargeException      for a file over the limits
     */
    ImportReport importKeys(ImportKeys command);

    /** Counts per type and status, stock levels and days of stock left at the last 14 days' sales rate. */
    InventoryStatistics statistics(Requester admin);

    /**
     * One page of the keys matching a filter.
     *
     * @param page     0-based; a page past the end is empty and still tells the page count
     * @param pageSize 1 to 100
     * @throws org.awpt.domain.InvalidInputException for a negative page or a page size out of range
     */
    KeyPage listKeys(Requester admin, KeyFilter filter, int page, int pageSize);

    /**
     * Keys whose code contains a fragment (case-insensitive), at most {@value InventoryService#MAX_SEARCH_RESULTS}.
     *
     * @throws org.awpt.domain.InvalidInputException unless the fragment is 1 to 32 letters or digits
     */
    List<LicenseKey> search(Requester admin, String fragment);

    /**
     * Hands every key matching a filter, with its full code, to {@code sink} as it is read (memory does
     * not grow with the inventory); audited with the count, also when the sink fails midway.
     *
     * @return how many rows were handed over, and the stored rows that could not be read (never dropped
     *         silently: a caller reports them)
     */
    KeyScan export(Requester admin, KeyFilter filter, Consumer<KeyExportRow> sink);

    /**
     * Revokes a key for good (refund, chargeback, leak).
     *
     * @throws org.awpt.domain.NotFoundException     when no key has the code
     * @throws org.awpt.domain.InvalidInputException without a reason
     */
    LicenseKey revoke(RevokeKey command);

    /** Every license a Discord user holds, newest first. */
    List<LicenseKey> lookup(Requester admin, DiscordUserId user);
}
