package org.awpt.adapters.roblox.api;

import java.util.List;

/**
 * The answer of {@code GET inventory.roblox.com/v1/users/{userId}/items/{itemType}/{itemTargetId}}:
 * the item is owned when {@code data} is not empty.
 *
 * @param previousPageCursor the cursor of the previous page, or {@code null}
 * @param nextPageCursor     the cursor of the next page, or {@code null}
 * @param data               the ownerships of the item
 */
public record OwnedItemsResponse(String previousPageCursor, String nextPageCursor, List<OwnedItem> data) {

    /**
     * One ownership.
     *
     * @param id         the item id (the gamepass id)
     * @param name       the item's name
     * @param type       the item type, {@code GamePass}
     * @param instanceId this ownership's id; {@code null} or absent for gamepasses in some answers
     */
    public record OwnedItem(Long id, String name, String type, Long instanceId) {
    }
}
