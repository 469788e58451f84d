package org.awpt.adapters.roblox;

import java.util.Locale;
import java.util.regex.Pattern;
import org.awpt.domain.InvalidInputException;

/** The form of a Roblox username, checked before Roblox is asked. */
public final class RobloxUsernames {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_]{3,20}");

    /** What a username must look like, as shown to buyers. */
    public static final String EXPECTED = "a Roblox username of 3 to 20 letters, digits or underscores";

    private RobloxUsernames() {
    }

    /**
     * The username without surrounding spaces.
     *
     * @throws InvalidInputException when it cannot be a Roblox username
     */
    public static String requireValid(String username) {
        String trimmed = username == null ? "" : username.strip();
        if (!FORM.matcher(trimmed).matches()) {
            throw new InvalidInputException("roblox username", EXPECTED);
        }
        return trimmed;
    }

    /** The key under which a username is remembered: Roblox usernames ignore case. */
    static String key(String validUsername) {
        return validUsername.toLowerCase(Locale.ROOT);
    }
}
