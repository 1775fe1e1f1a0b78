package org.shouhu.events.guardianship;

import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.PhoneNumber;

/** The person (or institution) in charge of the child. Phone and capacity may be unknown. */
public record Guardian(PersonName name, GuardianRelation relation, PhoneNumber phone, GuardianCapacity capacity) {
}
