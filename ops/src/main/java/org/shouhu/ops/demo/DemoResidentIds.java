package org.shouhu.ops.demo;

import org.shouhu.events.common.ResidentId;
import org.shouhu.events.common.Sex;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;

/**
 * Issues synthetic resident ID numbers (GB 11643-1999) for the demo district, never the same
 * twice: the address code of Anju District (510904), the date of birth, a three-digit sequence
 * code that is odd for a boy and even for a girl, and the check character.
 */
final class DemoResidentIds {

    /** 四川省遂宁市安居区. */
    static final String ANJU_DISTRICT = "510904";
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int ATTEMPTS = 10_000;

    private final DemoDice dice;
    private final Set<String> issued = new HashSet<>();

    DemoResidentIds(DemoDice dice) {
        this.dice = dice;
    }

    ResidentId next(LocalDate dateOfBirth, Sex sex) {
        String birth = dateOfBirth.format(YYYYMMDD);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // odd 001..999 for a boy, even 002..998 for a girl (000 is never issued)
            int sequence = sex == Sex.MALE ? 2 * dice.below(500) + 1 : 2 * dice.below(499) + 2;
            String first17 = ANJU_DISTRICT + birth + String.format("%03d", sequence);
            String number = first17 + ResidentId.checkCharacter(first17);
            if (issued.add(number)) {
                return new ResidentId(number);
            }
        }
        throw new IllegalStateException("no free resident ID sequence code left for one date of birth");
    }
}
