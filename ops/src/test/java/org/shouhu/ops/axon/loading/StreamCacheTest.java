package org.shouhu.ops.axon.loading;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.MutableClock;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StreamCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final StreamCache cache = new StreamCache(2, Duration.ofMinutes(1), clock);

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void a_state_put_in_a_transaction_that_rolls_back_leaves_memory() {
        TransactionSynchronizationManager.initSynchronization();
        cache.put("child", "state written by a command");
        end(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat((Object) cache.get("child")).isNull();
    }

    @Test
    void a_state_put_in_a_transaction_that_commits_stays() {
        TransactionSynchronizationManager.initSynchronization();
        cache.put("child", "state written by a command");
        end(TransactionSynchronization.STATUS_COMMITTED);

        assertThat((Object) cache.get("child")).isEqualTo("state written by a command");
    }

    @Test
    void a_state_is_held_no_longer_than_its_time() {
        cache.put("child", "state");
        clock.advance(Duration.ofSeconds(61));

        assertThat((Object) cache.get("child")).isNull();
    }

    @Test
    void the_least_recently_used_state_goes_first_when_full() {
        cache.put("first", 1);
        cache.put("second", 2);
        cache.get("first");
        cache.put("third", 3);

        assertThat(cache.containsKey("first")).isTrue();
        assertThat(cache.containsKey("second")).isFalse();
        assertThat(cache.size()).isEqualTo(2);
    }

    private static void end(int status) {
        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
    }
}
