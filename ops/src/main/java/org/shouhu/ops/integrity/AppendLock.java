package org.shouhu.ops.integrity;

/**
 * The advisory lock that lets a checkpoint see every event it covers. Each transaction that
 * appends events holds it shared; a checkpoint takes it exclusively for the moment it reads
 * the highest position, so that every transaction that drew a position below it has ended
 * (an advisory lock needs no privilege on the event table, unlike LOCK TABLE).
 */
final class AppendLock {

    static final long KEY = 0x5348_4f55_4855_0002L;

    private AppendLock() {
    }
}
