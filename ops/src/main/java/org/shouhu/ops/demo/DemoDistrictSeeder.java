package org.shouhu.ops.demo;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.shouhu.command.web.MetaDataKeys;
import org.shouhu.ops.integrity.Checkpoints;
import org.shouhu.ops.logging.FailureDescription;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.RiskLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Demo mode: on a start into an empty event store, seeds a synthetic district through the same
 * commands the API sends, so that a new user sees a living ledger at once. Each child (its
 * registration and its whole history) is written in one transaction: the store holds whole
 * children or none. The log says how far it got and what it wrote, never who.
 */
@Component
@ConditionalOnProperty(prefix = "shouhu.demo", name = "enabled", havingValue = "true")
public class DemoDistrictSeeder implements ApplicationRunner {

    static final String ACTOR_ID = "demo-seeder";
    static final String ACTOR_ROLE = "BUREAU";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDistrictSeeder.class);
    private static final int PROGRESS_EVERY = 100;

    private final DemoProperties properties;
    private final CommandGateway commandGateway;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Checkpoints checkpoints;

    public DemoDistrictSeeder(DemoProperties properties, CommandGateway commandGateway, JdbcTemplate jdbc,
                              TransactionTemplate transaction, Clock clock, Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
        this.properties = properties;
        this.commandGateway = commandGateway;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.children() == 0) {
            LOG.info("Demo mode: shouhu.demo.children is 0, no demo district seeded");
            return;
        }
        if (!eventStoreIsEmpty()) {
            LOG.info("Demo mode: the event store already holds events, no demo district seeded");
            return;
        }
        seed();
        // the demo's history starts out vouched for: a signed checkpoint over all it seeded
        checkpoints.append();
    }

    private boolean eventStoreIsEmpty() {
        return !Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM public.domain_event_entry)", Boolean.class));
    }

    /** Seeds the district; returns how many children were written. */
    int seed() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        String correlationId = UUID.randomUUID().toString();
        DemoDice dice = new DemoDice(properties.seed());
        DemoDistrict district = DemoDistrict.anju();
        DemoChildFactory children = new DemoChildFactory(district, dice, today);
        DemoHistoryWriter histories = new DemoHistoryWriter(dice, today);
        List<DemoCategoryMix.Slot> slots = DemoCategoryMix.slots(properties.children(), dice);
        LOG.info("Demo mode: seeding a synthetic district of {} townships, {} villages and {} children (seed {})",
                district.townships().size(), district.places().size(), slots.size(), properties.seed());

        Map<String, Integer> commands = new TreeMap<>();
        // dice of its own, so the children drawn from the seed stay the same with or without the workforce
        List<DemoCommand> workforce = new DemoWorkforce(new DemoDice(properties.seed() + 1), today).of(district);
        transaction.executeWithoutResult(status -> workforce.forEach(command -> send(command, correlationId)));
        workforce.forEach(command -> commands.merge(command.kind(), 1, Integer::sum));
        Map<ChildCategory, Integer> categories = new EnumMap<>(ChildCategory.class);
        Map<RiskLevel, Integer> risks = new EnumMap<>(RiskLevel.class);
        int written = 0;
        for (DemoCategoryMix.Slot slot : slots) {
            DemoChild child = children.create(slot);
            List<DemoCommand> plan = new ArrayList<>();
            plan.add(DemoCommand.of(child.registration(), null));
            plan.addAll(histories.historyOf(child));
            try {
                transaction.executeWithoutResult(status -> plan.forEach(command -> send(command, correlationId)));
            } catch (RuntimeException refused) {
                LOG.error("Demo mode: seeding stopped after {} of {} children; child {} was refused ({}). "
                                + "Its commands were rolled back; the children before it are stored.",
                        written, slots.size(), written + 1, FailureDescription.of(refused));
                return written;
            }
            written++;
            plan.forEach(command -> commands.merge(command.kind(), 1, Integer::sum));
            categories.merge(child.category(), 1, Integer::sum);
            risks.merge(child.risk(), 1, Integer::sum);
            if (written % PROGRESS_EVERY == 0 && written < slots.size()) {
                LOG.info("Demo mode: {} of {} children seeded", written, slots.size());
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Demo mode: seeded {} children in {} ms; {} commands {}; categories {}; risk levels {}",
                written, took.toMillis(), commands.values().stream().mapToInt(Integer::intValue).sum(), commands,
                categories, risks);
        return written;
    }

    private void send(DemoCommand command, String correlationId) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(MetaDataKeys.ACTOR_ID, ACTOR_ID);
        metaData.put(MetaDataKeys.ACTOR_ROLE, ACTOR_ROLE);
        metaData.put(MetaDataKeys.CORRELATION_ID, correlationId);
        if (command.reason() != null) {
            metaData.put(MetaDataKeys.REASON, command.reason().value());
        }
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command.payload())
                .withMetaData(MetaData.from(metaData)));
    }
}
