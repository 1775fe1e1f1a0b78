package org.shouhu.ops.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.monitoring.MessageMonitor;
import org.shouhu.command.child.LookAlikeChildren;
import org.shouhu.command.rules.ActorAreaCoversTheChild;
import org.shouhu.command.rules.RuleViolation;
import org.shouhu.command.web.RequiredFields;
import org.springframework.stereotype.Component;

/**
 * {@code shouhu.commands} (Prometheus: {@code shouhu_commands_seconds_*}): how long each command
 * took, from the command bus taking it to its unit of work ending (events appended and
 * committed, or rolled back), by command name and outcome: {@code accepted}, {@code refused}
 * (a rule or a value said no: a 4xx), {@code conflict} (another writer changed the child
 * first, or the record is already there, such as a resident ID or a look-alike child: a 409),
 * {@code not_found}, {@code ignored} (no handler took it), or {@code failed} (a fault: look at the log).
 */
@Component
public class CommandMetrics implements MessageMonitor<Message<?>> {

    static final String NAME = "shouhu.commands";

    private final MeterRegistry registry;

    public CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        Timer.Sample sample = Timer.start(registry);
        String command = message instanceof CommandMessage<?> named ? simpleName(named.getCommandName())
                : message.getPayloadType().getSimpleName();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                stop("accepted");
            }

            @Override
            public void reportFailure(Throwable cause) {
                stop(outcome(cause));
            }

            @Override
            public void reportIgnored() {
                stop("ignored");
            }

            private void stop(String outcome) {
                sample.stop(Timer.builder(NAME).description("Commands handled, by name and outcome")
                        .tag("command", command).tag("outcome", outcome).publishPercentileHistogram()
                        .register(registry));
            }
        };
    }

    static String outcome(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof LookAlikeChildren.Found
                    || t instanceof RuleViolation violation && violation.isConflict()) {
                return "conflict";
            }
            if (t instanceof AggregateNotFoundException) {
                return "not_found";
            }
            if (t instanceof RuleViolation || t instanceof ActorAreaCoversTheChild.OutOfScope
                    || t instanceof RequiredFields.MissingFieldsException
                    || t instanceof IllegalArgumentException) {
                return "refused";
            }
        }
        return "failed";
    }

    private static String simpleName(String commandName) {
        return commandName.substring(commandName.lastIndexOf('.') + 1);
    }
}
