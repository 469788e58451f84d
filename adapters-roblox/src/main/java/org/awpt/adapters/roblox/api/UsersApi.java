package org.awpt.adapters.roblox.api;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** users.roblox.com: user details and username lookup. */
public interface UsersApi {

    /** {@code GET /v1/users/{userId}}: the user, or 404 with error code 3 when there is none. */
    @GET("v1/users/{userId}")
    Call<UserResponse> user(@Path("userId") long userId);

    /** {@code POST /v1/usernames/users}: the users with these current or previous usernames. */
    @POST("v1/usernames/users")
    Call<UsernamesResponse> usersByUsername(@Body UsernamesRequest request);
}
