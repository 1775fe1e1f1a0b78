package org.shouhu.ops.axon.loading;

import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon locks a stream while a command on it runs and lets go when the command's unit of work
 * ends. A write request's database transaction ends later (it also keeps the Idempotency-Key
 * record), so this lets go only when that transaction has committed or rolled back: a second
 * command on the same stream in this node then starts from the first one's outcome, never from
 * a state that may yet roll back (and without a needless conflict). Outside a transaction the
 * lock goes with the unit of work, as Axon does it.
 */
public class LocksHeldUntilCommit implements LockFactory {

    private final LockFactory delegate;

    public LocksHeldUntilCommit(LockFactory delegate) {
        this.delegate = delegate;
    }

    @Override
    public Lock obtainLock(String identifier) {
        Lock lock = delegate.obtainLock(identifier);
        return new Lock() {
            @Override
            public void release() {
                if (TransactionSynchronizationManager.isSynchronizationActive()) {
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            lock.release();
                        }
                    });
                } else {
                    lock.release();
                }
            }

            @Override
            public boolean isHeld() {
                return lock.isHeld();
            }
        };
    }
}
