package org.shouhu.command.partners;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.shouhu.command.rules.Required;
import org.shouhu.events.common.Area;
import org.shouhu.events.partners.PartnerId;
import org.shouhu.events.partners.PartnerRegistered;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A partner organisation (a school, a police station, a court, a hospital, the women's federation, a charity). */
@Aggregate
public class Partner {

    @AggregateIdentifier
    private PartnerId partnerId;

    protected Partner() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Partner(RegisterPartner command, PartnerRegister register) {
        Required.field(command.name(), "name");
        Required.field(command.kind(), "kind");
        register.register(command.partnerId());
        apply(new PartnerRegistered(command.partnerId(), command.name(), command.kind(),
                command.area() == null ? Area.DISTRICT : command.area(), command.phone()));
    }

    @EventSourcingHandler
    void on(PartnerRegistered event) {
        partnerId = event.partnerId();
    }
}
