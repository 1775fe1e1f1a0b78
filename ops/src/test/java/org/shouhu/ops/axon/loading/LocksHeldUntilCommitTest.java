package org.shouhu.ops.axon.loading;

import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class LocksHeldUntilCommitTest {

    private final LocksHeldUntilCommit locks = new LocksHeldUntilCommit(PessimisticLockFactory.usingDefaults());

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void a_stream_stays_locked_until_the_request_transaction_ends() {
        TransactionSynchronizationManager.initSynchronization();
        Lock lock = locks.obtainLock("child");
        lock.release();
        assertThat(lock.isHeld()).as("after the command, before the commit").isTrue();

        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        assertThat(lock.isHeld()).as("after the commit").isFalse();
    }

    @Test
    void outside_a_transaction_the_lock_goes_with_the_command() {
        Lock lock = locks.obtainLock("child");
        lock.release();
        assertThat(lock.isHeld()).isFalse();
    }
}
