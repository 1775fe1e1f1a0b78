package org.shouhu.command.partners;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.Area;
import org.shouhu.events.partners.PartnerId;
import org.shouhu.events.partners.PartnerKind;
import org.shouhu.events.partners.PartnerName;
import org.shouhu.events.workers.WorkPhone;

public record RegisterPartner(@TargetAggregateIdentifier PartnerId partnerId, PartnerName name, PartnerKind kind,
                              Area area, WorkPhone phone) {
}
