package org.awpt.application.inventory;

import java.util.List;

/**
 * One page of a key list.
 *
 * @param items     the keys on the page
 * @param page      its 0-based number
 * @param pageSize  keys per page
 * @param pageCount how many pages there are; at least 1, even for no key
 * @param total     how many keys match in all
 */
public record KeyPage(List<org.awpt.domain.license.LicenseKey> items, int page, int pageSize, int pageCount,
        long total) {
    /** Checks the numbers and copies the list. */
    public KeyPage {
        items = List.copyOf(items);
        if (page < 0 || pageSize < 1 || pageCount < 1 || total < 0) {
            throw new IllegalArgumentException("page >= 0, pageSize >= 1, pageCount >= 1, total >= 0");
        }
    }

    /** Whether there is a page before this one. */
    public boolean hasPrevious() {
        return page > 0;
    }

    /** Whether there is a page after this one. */
    public boolean hasNext() {
        return page + 1 < pageCount;
    }
}
