package org.awpt.adapters.sqlite;

/**
 * How hard SQLite waits for the disk at each commit ({@code PRAGMA synchronous}, in WAL mode).
 *
 * <ul>
 *   <li>{@link #FULL} (the default): every commit is fsync'd to the write-ahead log before it is
 *       acknowledged. A sale the bot confirmed survives a power cut or a kernel crash. About 1,500
 *       claims per second on two cores.
 *   <li>{@link #NORMAL}: the log is fsync'd at checkpoints only. The file can never be corrupted,
 *       and a crash of AWPT alone loses nothing, but a power cut or an OS crash may undo the last
 *       commits before the checkpoint (sales the bot already confirmed). About 5,000 claims per second.
 * </ul>
 */
public enum SqliteSynchronous {
    /** fsync per commit: nothing acknowledged is ever lost. */
    FULL,
    /** fsync per checkpoint: faster; a power cut may undo the last acknowledged commits. */
    NORMAL
}
