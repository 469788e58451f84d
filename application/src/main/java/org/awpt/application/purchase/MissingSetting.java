package org.awpt.application.purchase;

/**
 * A setting the shop's configuration lacks before buyers can pay some way, named as in the
 * configuration file so an admin can set it.
 *
 * @param key  the setting, such as {@code shop.paymentMethods} or {@code shop.gamepasses.weekly}
 * @param what what to put there
 */
public record MissingSetting(String key, String what) {
    /** Checks both parts are present. */
    public MissingSetting {
        if (key == null || key.isBlank() || what == null || what.isBlank()) {
            throw new IllegalArgumentException("a missing setting has a key and says what goes there");
        }
    }

    @Override
    public String toString() {
        return key + ": " + what;
    }
}
