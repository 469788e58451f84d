package org.awpt.application.retention;

/** Applies the retention policy; run by a periodic round, by nobody in particular. */
public interface RetentionUseCase {

    /** Deletes what the policy no longer keeps, as of now, logging a line per kind of record deleted. */
    RetentionReport purge();
}
