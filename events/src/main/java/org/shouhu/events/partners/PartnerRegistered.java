package org.shouhu.events.partners;

import org.shouhu.events.common.Area;
import org.shouhu.events.workers.WorkPhone;

/** A partner organisation children can be referred to, in an area. */
public record PartnerRegistered(PartnerId partnerId, PartnerName name, PartnerKind kind, Area area, WorkPhone phone) {
}
