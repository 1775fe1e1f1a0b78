package org.shouhu.ops.axon.loading;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of the children's cases written most recently, kept in memory between commands, so
 * that a command does not replay and decrypt the whole stream first. Bounded in number (least
 * recently used goes first) and in time: a child's decrypted state is held no longer than its
 * data key ({@code shouhu.privacy.key-cache-ttl}), so that a child erased on another node is not
 * held here longer than there.
 *
 * <p>Axon puts a stream's new state here when its unit of work commits, which is before the
 * request's database transaction commits (the Idempotency-Key record is written after the
 * command). So an entry put inside a transaction is taken out again if that transaction rolls
 * back: memory never holds a state the store does not. (Other commands on the same stream
 * wait until then: {@link LocksHeldUntilCommit}.) A stream written meanwhile by another node
 * makes the next append here conflict; the rollback of that attempt takes the entry out.
 */
public class StreamCache implements Cache {

    private record Entry(Object value, Instant until) {
    }

    private final Map<Object, Entry> entries;
    private final Clock clock;
    private final Duration timeToLive;

    public StreamCache(int capacity, Duration timeToLive, Clock clock) {
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.until().isBefore(clock.instant())) {
            entries.remove(key);
            return null;
        }
        return (V) entry.value();
    }

    @Override
    public void put(Object key, Object value) {
        synchronized (this) {
            entries.put(key, new Entry(value, clock.instant().plus(timeToLive)));
        }
        forgetIfRolledBack(key);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        synchronized (this) {
            if (get(key) != null) {
                return false;
            }
            entries.put(key, new Entry(value, clock.instant().plus(timeToLive)));
        }
        forgetIfRolledBack(key);
        return true;
    }

    @Override
    public synchronized boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public synchronized void removeAll() {
        entries.clear();
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return get(key) != null;
    }

    /** Nobody here listens to the cache's entries coming and going. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }

    public synchronized int size() {
        return entries.size();
    }

    private void forgetIfRolledBack(Object key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        remove(key);
                    }
                }
            });
        }
    }
}
