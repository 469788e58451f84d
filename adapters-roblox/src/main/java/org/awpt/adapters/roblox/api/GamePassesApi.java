package org.awpt.adapters.roblox.api;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

/** apis.roblox.com: gamepass product information. */
public interface GamePassesApi {

    /** {@code GET /game-passes/v1/game-passes/{gamePassId}/product-info}: name, price, for sale. */
    @GET("game-passes/v1/game-passes/{gamePassId}/product-info")
    Call<GamePassProductInfo> productInfo(@Path("gamePassId") long gamePassId);
}
