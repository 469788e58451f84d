package org.awpt.adapters.roblox.api;

import java.util.List;

/**
 * The error body Roblox's web APIs send with 4xx answers.
 *
 * @param errors the errors, each with a numeric code specific to the endpoint
 */
public record RobloxErrorResponse(List<Error> errors) {

    /**
     * One error.
     *
     * @param code              the endpoint-specific code
     * @param message           the developer message
     * @param userFacingMessage a generic message for people
     */
    public record Error(Integer code, String message, String userFacingMessage) {
    }
}
