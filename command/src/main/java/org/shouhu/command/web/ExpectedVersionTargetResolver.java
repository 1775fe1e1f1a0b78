package org.shouhu.command.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Finds the target child from the command's {@code @TargetAggregateIdentifier} and the
 * version the client last saw (its If-Match) from the message metadata, so that commands stay
 * plain records of the work. Axon refuses the command when the stream has moved on since.
 */
@Component("expectedVersionTargetResolver")
public class ExpectedVersionTargetResolver implements CommandTargetResolver {

    private final CommandTargetResolver identifiers = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object expected = command.getMetaData().get(MetaDataKeys.EXPECTED_VERSION);
        Long version = expected instanceof Number number ? number.longValue() : null;
        return new VersionedAggregateIdentifier(identifiers.resolveTarget(command).getIdentifierValue(), version);
    }
}
