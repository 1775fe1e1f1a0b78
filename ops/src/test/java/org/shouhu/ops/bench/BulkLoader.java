package org.shouhu.ops.bench;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.shouhu.command.child.ResidentIdRegistry;
import org.shouhu.events.child.ChildRegistered;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a dataset straight into the event store, without commands, but through the same code
 * as the application's writes: Axon's JDBC storage engine with Shouhu's serializer (personal
 * data sealed under each child's data key, created as the command side creates it) and its
 * hash-chained appends; each child's resident ID is claimed as a registration claims it.
 * Whole streams per transaction, so each chain is computed in memory.
 */
final class BulkLoader {

    private static final int CHILDREN_PER_TRANSACTION = 100;

    private final EventStorageEngine storage;
    private final ResidentIdRegistry residentIds;
    private final TransactionTemplate transactions;

    BulkLoader(ConfigurableApplicationContext tool) {
        this.storage = tool.getBean(EventStorageEngine.class);
        this.residentIds = tool.getBean(ResidentIdRegistry.class);
        this.transactions = new TransactionTemplate(tool.getBean(PlatformTransactionManager.class));
    }

    /** @return the number of events written */
    long load(BenchDataset dataset, LocalDate today) {
        long written = 0;
        for (int first = 0; first < dataset.children(); first += CHILDREN_PER_TRANSACTION) {
            int from = first;
            int to = Math.min(dataset.children(), first + CHILDREN_PER_TRANSACTION);
            written += transactions.execute(status -> {
                List<EventMessage<?>> batch = new ArrayList<>();
                for (int index = from; index < to; index++) {
                    BenchDataset.Child child = dataset.child(index, today);
                    ChildRegistered registered = (ChildRegistered) child.events().get(0).getPayload();
                    residentIds.claim(registered.residentId(), child.childId());
                    batch.addAll(child.events());
                }
                storage.appendEvents(batch);
                return (long) batch.size();
            });
        }
        return written;
    }
}
