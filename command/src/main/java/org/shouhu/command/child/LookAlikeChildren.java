package org.shouhu.command.child;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The records of the registering actor's area that may be the child of a registration (a
 * look-alike name, the same guardian), found before the child is registered twice under two
 * spellings. A resident ID already registered is not looked at here: the registration fails on
 * the resident ID's uniqueness itself.
 */
public interface LookAlikeChildren {

    List<LookAlike> of(RegisterChildRequest registration);

    /** A record that may be the child, how alike (0 to 1) and why. */
    record LookAlike(String childId, String name, LocalDate dateOfBirth, String township, String village,
                     BigDecimal score, List<String> reasons) {
    }

    /** A registration with look-alikes, not confirmed: nothing was recorded. */
    class Found extends RuntimeException {

        private final transient List<LookAlike> candidates;

        public Found(List<LookAlike> candidates) {
            super("this child may already be on record (" + candidates.size() + " look-alike record"
                    + (candidates.size() == 1 ? "" : "s") + "); to register anyway, send the registration again with "
                    + "confirmNotDuplicate: true", null, false, false);
            this.candidates = List.copyOf(candidates);
        }

        public List<LookAlike> candidates() {
            return candidates;
        }
    }
}
