package org.awpt.adapters.mongo;

/** Who writes the database; decides whether key counts may be kept in memory. */
public enum Writers {
    /**
     * Only this process: the embedded server, which runs inside it on a random loopback port over a
     * locked file. Key counts are seeded once from the server and then moved by each write.
     */
    THIS_PROCESS,
    /** Other processes may write too (a MongoDB server): every count is asked of the server. */
    SHARED
}
