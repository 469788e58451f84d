package org.awpt.adapters.roblox.api;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

/** inventory.roblox.com: what a user owns. */
public interface InventoryApi {

    /** Item type 1 in Roblox's inventory API: a gamepass. */
    int GAME_PASS = 1;

    /**
     * {@code GET /v1/users/{userId}/items/{itemType}/{itemTargetId}}: the user's ownerships of one
     * item; 400 with code 1 when the user does not exist, code 5 when the gamepass does not; 403
     * with code 11 when the user hides their inventory.
     */
    @GET("v1/users/{userId}/items/{itemType}/{itemId}")
    Call<OwnedItemsResponse> ownedItems(@Path("userId") long userId, @Path("itemType") int itemType,
                                        @Path("itemId") long itemId);
}
