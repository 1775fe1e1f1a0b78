package org.shouhu.ops.privacy;

import org.shouhu.command.erasure.PersonalDataKeys;
import org.shouhu.events.common.ChildId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.crypto.SecretKey;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Each child's data key: created with the child's first event, in the same transaction;
 * unwrapped by the master key when needed and kept in memory for a while; destroyed at
 * erasure. A key created in a transaction is remembered only once that transaction has
 * committed, so a rolled-back registration can never leave data encrypted under a key the
 * database does not have.
 */
public class DataKeys implements PersonalDataKeys {

    private final JdbcTemplate jdbc;
    private final MasterKey masterKey;
    private final Clock clock;
    private final PrivacyProperties properties;
    private final Map<UUID, Cached> cache;
    /** Owners whose key this node destroyed: never cached again, even by a read that began before. */
    private final Set<UUID> destroyed = ConcurrentHashMap.newKeySet();
    /** Told, once the erasure has committed, whose key is gone: what they hold opened under it must go too. */
    private final List<Consumer<UUID>> destroyedListeners = new CopyOnWriteArrayList<>();

    private record Cached(SecretKey key, Instant until) {
    }

    public DataKeys(JdbcTemplate jdbc, MasterKey masterKey, Clock clock, PrivacyProperties properties) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.clock = clock;
        this.properties = properties;
        int capacity = properties.keyCacheSize();
        this.cache = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Cached> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The key to encrypt with, created if the child has none yet. */
    SecretKey forWriting(UUID owner) {
        Optional<SecretKey> known = cached(owner);
        if (known.isPresent()) {
            return known.get();
        }
        Optional<Optional<SecretKey>> stored = load(owner);
        if (stored.isPresent()) {
            return stored.get().orElseThrow(() -> new ErasedDataException(owner));
        }
        SecretKey created = MasterKey.newDataKey();
        int inserted = jdbc.update("""
                INSERT INTO privacy.data_key (owner_id, wrapped_key, master_key_id) VALUES (?, ?, ?)
                ON CONFLICT (owner_id) DO NOTHING""", owner, masterKey.wrap(created, owner), masterKey.id());
        if (inserted == 0) {
            // created meanwhile by a concurrent transaction that committed first: use that one
            return load(owner).flatMap(key -> key).orElseThrow(() -> new ErasedDataException(owner));
        }
        rememberAfterCommit(owner, created);
        return created;
    }

    /** The key to decrypt with; empty when it was destroyed (the data is erased). */
    Optional<SecretKey> forReading(UUID owner) {
        Optional<SecretKey> known = cached(owner);
        if (known.isPresent()) {
            return known;
        }
        return load(owner).orElseThrow(() -> new IllegalStateException(
                "encrypted personal data names a child with no data key: the key table is incomplete"));
    }

    /** Destroys the key, and the attached files sealed under it: nothing is left that could ever open again. */
    @Override
    public void destroy(ChildId childId) {
        UUID owner = childId.value();
        jdbc.update("UPDATE privacy.data_key SET wrapped_key = NULL, destroyed_at = now() "
                + "WHERE owner_id = ? AND wrapped_key IS NOT NULL", owner);
        jdbc.update("DELETE FROM privacy.attachment_content WHERE child_id = ?", owner);
        destroyed.add(owner);
        Map<UUID, SecretKey> ofThisTransaction = keysOfThisTransaction();
        if (ofThisTransaction != null) {
            ofThisTransaction.remove(owner);
        }
        forget(owner);
        afterCommit(() -> destroyedListeners.forEach(listener -> listener.accept(owner)));
    }

    /** Calls the listener with a child's id once the erasure of its data has committed. */
    public void whenDestroyed(Consumer<UUID> listener) {
        destroyedListeners.add(listener);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    /** Empty when the owner has no row; an empty inner value when its key was destroyed. */
    private Optional<Optional<SecretKey>> load(UUID owner) {
        List<Optional<SecretKey>> rows = jdbc.query("SELECT wrapped_key FROM privacy.data_key WHERE owner_id = ?",
                (row, i) -> Optional.ofNullable(row.getBytes(1)).map(wrapped -> masterKey.unwrap(wrapped, owner)),
                owner);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        rows.get(0).ifPresent(key -> rememberAfterCommit(owner, key));
        return Optional.of(rows.get(0));
    }

    private void rememberAfterCommit(UUID owner, SecretKey key) {
        Map<UUID, SecretKey> ofThisTransaction = keysOfThisTransaction();
        if (ofThisTransaction != null) {
            ofThisTransaction.put(owner, key);
        }
        afterCommit(() -> remember(owner, key));
    }

    private Optional<SecretKey> cached(UUID owner) {
        Map<UUID, SecretKey> ofThisTransaction = keysOfThisTransaction();
        if (ofThisTransaction != null && ofThisTransaction.containsKey(owner)) {
            return Optional.of(ofThisTransaction.get(owner));
        }
        synchronized (cache) {
            Cached entry = cache.get(owner);
            if (entry == null) {
                return Optional.empty();
            }
            if (entry.until().isBefore(clock.instant())) {
                cache.remove(owner);
                return Optional.empty();
            }
            return Optional.of(entry.key());
        }
    }

    /**
     * The keys read or created in the running transaction: every event of a stream is opened with
     * the same key, and until the transaction commits the shared cache must not have it (a
     * rolled-back creation), so without these each event would read and unwrap the key again.
     * Kept in a synchronization of the transaction, which Spring drops when the transaction ends
     * (nothing is left bound to the thread). Null outside a transaction.
     */
    private Map<UUID, SecretKey> keysOfThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof KeysOfTransaction keys && keys.owner() == this) {
                return keys.keys();
            }
        }
        KeysOfTransaction created = new KeysOfTransaction(this);
        TransactionSynchronizationManager.registerSynchronization(created);
        return created.keys();
    }

    /** A class, not a record: a synchronization is told apart by identity, and its map changes. */
    private static final class KeysOfTransaction implements TransactionSynchronization {
        private final DataKeys owner;
        private final Map<UUID, SecretKey> keys = new HashMap<>();

        private KeysOfTransaction(DataKeys owner) {
            this.owner = owner;
        }

        DataKeys owner() {
            return owner;
        }

        Map<UUID, SecretKey> keys() {
            return keys;
        }
    }

    private void remember(UUID owner, SecretKey key) {
        if (destroyed.contains(owner)) {
            return;
        }
        synchronized (cache) {
            cache.put(owner, new Cached(key, clock.instant().plus(properties.keyCacheTtl())));
        }
    }

    private void forget(UUID owner) {
        synchronized (cache) {
            cache.remove(owner);
        }
    }

    /** The master key this application holds must be the one the stored keys were wrapped with. */
    void checkMasterKey() {
        List<String> others = jdbc.queryForList(
                "SELECT master_key_id FROM privacy.data_key WHERE master_key_id <> ? LIMIT 1", String.class, masterKey.id());
        if (!others.isEmpty()) {
            throw new IllegalStateException("The configured master key (id " + masterKey.id() + ") is not the one this "
                    + "database's data keys were wrapped with (id " + others.get(0) + "): configure that one");
        }
    }
}
