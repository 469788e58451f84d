package org.awpt.application.retention;

/**
 * What one retention round deleted.
 *
 * @param proofs           proof images
 * @param sessions         settled payment sessions
 * @param storefrontVisits storefront visits
 * @param auditEvents      audit events
 */
public record RetentionReport(int proofs, int sessions, int storefrontVisits, int auditEvents) {
    /** Checks no count is negative. */
    public RetentionReport {
        if (proofs < 0 || sessions < 0 || storefrontVisits < 0 || auditEvents < 0) {
            throw new IllegalArgumentException("counts are 0 or more");
        }
    }

    /** Everything deleted. */
    public int total() {
        return proofs + sessions + storefrontVisits + auditEvents;
    }
}
