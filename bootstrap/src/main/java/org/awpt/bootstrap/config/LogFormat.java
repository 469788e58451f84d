package org.awpt.bootstrap.config;

/** How log lines are written to the console. */
public enum LogFormat {
    /** Readable lines. */
    TEXT,
    /** One JSON object per line (Logback's JsonEncoder), for log collectors. */
    JSON
}
