package org.shouhu.ops.children;

import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Set validation holds under concurrency: of simultaneous registrations of one resident ID, one wins. */
class ConcurrentRegistrationTest extends ApplicationTest {

    @Test
    void of_concurrent_registrations_of_one_resident_id_exactly_one_succeeds() {
        Map<String, Object> registration = Children.registration();
        int contenders = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            Map<String, Object> body = new HashMap<>(registration);
            body.put("name", "同名" + i);
            replies.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return api.post("/api/v1/children", body);
            }));
        }
        long registrationsBefore = registrations();
        start.countDown();
        List<Integer> statuses = replies.stream().map(CompletableFuture::join).map(Api.Reply::status).toList();

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(contenders - 1);
        assertThat(registrations()).as("one registration recorded").isEqualTo(registrationsBefore + 1);
    }

    /** The resident ID is sealed in the events: the registrations are counted, not matched by it. */
    private long registrations() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry "
                + "WHERE payload_type = 'org.shouhu.events.child.ChildRegistered'", Long.class);
    }
}
