package org.awpt.domain.importing;

/**
 * The largest key file accepted.
 *
 * @param maxBytes the largest file size
 * @param maxLines the most lines
 */
public record ImportLimits(long maxBytes, int maxLines) {
    /** Checks both are positive. */
    public ImportLimits {
        if (maxBytes <= 0 || maxLines <= 0) {
            throw new IllegalArgumentException("import limits are positive");
        }
    }

    /** 4 MiB and 100,000 lines. */
    public static ImportLimits defaults() {
        return new ImportLimits(4L * 1024 * 1024, 100_000);
    }
}
