package org.awpt.domain;

/**
 * The shop's local operator: whoever runs the command line on the shop's data folder, and so already
 * holds the data. Audited as the console with their OS user name.
 *
 * @param osUser the operating system's user name; 1-64 characters, no control character
 */
public record ConsoleOperator(String osUser) implements ActorId {
    /** What the stored form starts with. */
    static final String PREFIX = "console:";
    /** The name used when the OS gives none usable. */
    public static final String UNKNOWN_USER = "unknown";
    private static final int MAX_LENGTH = 64;

    /** Checks the name. */
    public ConsoleOperator {
        if (!usable(osUser)) {
            throw new InvalidInputException("OS user name", "1-64 characters without control characters");
        }
    }

    /** The operator with this OS user name, or {@value #UNKNOWN_USER} when the name is missing or unusable. */
    public static ConsoleOperator of(String osUser) {
        String name = osUser == null ? "" : osUser.strip();
        return new ConsoleOperator(usable(name) ? name : UNKNOWN_USER);
    }

    private static boolean usable(String name) {
        return name != null && !name.isBlank() && name.length() <= MAX_LENGTH
                && name.codePoints().noneMatch(Character::isISOControl);
    }

    @Override
    public String asString() {
        return PREFIX + osUser;
    }

    /** How people read it: {@code console (alice)}. */
    @Override
    public String toString() {
        return "console (" + osUser + ")";
    }
}
