package org.awpt.bootstrap.cli;

/** The exit codes of {@code awpt}. */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /** Something failed while running (database down, a check failed). */
    public static final int FAILED = 1;
    /** The command line or the configuration must be fixed first (picocli uses 2 for usage errors too). */
    public static final int FIX_CONFIGURATION = 2;

    private ExitCodes() {
    }
}
