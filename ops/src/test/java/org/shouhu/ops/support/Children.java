package org.shouhu.ops.support;

import org.shouhu.events.common.ResidentId;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid request bodies for tests, each with a fresh resident ID. */
public final class Children {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private Children() {
    }

    /** A valid, unused resident ID for a child born on that date (address code of Anju District). */
    public static String residentId(LocalDate born) {
        String first17 = "510904" + born.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", SEQUENCE.getAndIncrement() % 1000);
        return first17 + ResidentId.checkCharacter(first17);
    }

    /**
     * A registration of 王小明 of 石洞镇/青龙村. The tests register many such children, alike but
     * distinct (each has a resident ID of its own), so the body confirms that it is not a duplicate.
     */
    public static Map<String, Object> registration(LocalDate born) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "王小明");
        body.put("sex", "MALE");
        body.put("dateOfBirth", born.toString());
        body.put("residentId", residentId(born));
        body.put("township", "石洞镇");
        body.put("village", "青龙村");
        body.put("primaryCategory", "LEFT_BEHIND");
        body.put("tags", java.util.List.of());
        body.put("parents", Map.of("father", "MIGRANT_WORKER_OUT_OF_PROVINCE", "mother", "MIGRANT_WORKER_IN_PROVINCE"));
        body.put("guardian", Map.of("guardianName", "王大爷", "relation", "PATERNAL_GRANDPARENT",
                "phone", "13800001111", "effectiveOn", born.toString()));
        body.put("confirmNotDuplicate", true);
        return body;
    }

    public static Map<String, Object> registration() {
        return registration(LocalDate.now().minusYears(9).withDayOfMonth(12));
    }
}
