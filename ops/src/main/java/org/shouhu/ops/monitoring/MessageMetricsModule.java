package org.shouhu.ops.monitoring;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Puts the command and event metrics on Axon's command bus and event store. Written here rather
 * than left to axon-micrometer's auto-configuration, which decides before Spring Boot has made
 * the meter registry and then registers nothing.
 */
@Component
public class MessageMetricsModule implements ConfigurerModule {

    private final CommandMetrics commands;
    private final EventMetrics events;

    public MessageMetricsModule(CommandMetrics commands, EventMetrics events) {
        this.commands = commands;
        this.events = events;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureMessageMonitor(CommandBus.class, configuration -> commands);
        configurer.configureMessageMonitor(EventStore.class, configuration -> events);
    }
}
