package org.shouhu.ops.duplicates;

import org.shouhu.command.child.LookAlikeChildren;
import org.shouhu.command.child.RegisterChildRequest;
import org.shouhu.ops.ledger.imports.RegisteredChildren;
import org.shouhu.query.duplicates.LookAlikes;
import org.shouhu.query.scope.Reader;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Look-alikes of a registration from the roster's read model, by the rule of the
 * possible-duplicates report, within the registering account's area. A registration with an
 * incomplete body or a resident ID already registered is left to the command, which refuses it
 * for that, field by field.
 */
@Component
public class ReadModelLookAlikes implements LookAlikeChildren {

    private final LookAlikes lookAlikes;
    private final RegisteredChildren registered;

    public ReadModelLookAlikes(LookAlikes lookAlikes, RegisteredChildren registered) {
        this.lookAlikes = lookAlikes;
        this.registered = registered;
    }

    @Override
    public List<LookAlike> of(RegisterChildRequest registration) {
        if (registration.name() == null || registration.sex() == null || registration.dateOfBirth() == null
                || registration.township() == null || registration.village() == null
                || registration.residentId() == null || registered.byResidentId(registration.residentId()).isPresent()) {
            return List.of();
        }
        String guardian = registration.guardian() == null || registration.guardian().guardianName() == null ? null
                : registration.guardian().guardianName().value();
        return lookAlikes.of(registration.name().value(), registration.sex().name(), registration.dateOfBirth(),
                registration.township().value(), registration.village().value(), guardian,
                Reader.current().area()).stream()
                .map(found -> new LookAlike(found.record().childId(), found.record().name(),
                        found.record().dateOfBirth(), found.record().township(), found.record().village(),
                        found.score(), found.reasons()))
                .toList();
    }
}
