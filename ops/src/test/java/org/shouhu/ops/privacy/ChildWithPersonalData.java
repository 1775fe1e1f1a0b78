package org.shouhu.ops.privacy;

import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.Children;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A child recorded through the API with personal data in every kind of event that holds any:
 * registration, guardianship, visit, concern, intervention with progress and closure, and a
 * correction of the name. Every value is unique to this child, so a search for it in a table
 * finds this child's data and nothing else.
 */
record ChildWithPersonalData(String childId, String residentId, List<String> plaintexts, long position) {

    static ChildWithPersonalData record(Api director, int n) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String mark = Integer.toString(n) + System.nanoTime() % 100000;
        Map<String, Object> registration = Children.registration();
        String name = "隐私儿童" + mark;
        String guardian = "隐私监护人" + mark;
        String phone = "139" + String.format("%08d", Math.floorMod(mark.hashCode(), 100_000_000));
        String newGuardian = "新监护人" + mark;
        String newPhone = "137" + String.format("%08d", Math.floorMod((mark + "x").hashCode(), 100_000_000));
        String findings = "家中漏雨，奶奶腿脚不便 " + mark;
        String concern = "连续三天未到校 " + mark;
        String goal = "每周心理辅导一次 " + mark;
        String progress = "情绪有所好转 " + mark;
        String closing = "已返校并稳定 " + mark;
        String correctedName = "更正姓名" + mark;
        String reason = "姓名写错了，应为" + correctedName;
        registration.put("name", name);
        registration.put("guardian", Map.of("guardianName", guardian, "relation", "PATERNAL_GRANDPARENT",
                "phone", phone, "effectiveOn", registration.get("dateOfBirth")));
        String residentId = (String) registration.get("residentId");

        Api.Reply registered = expect(director.post("/api/v1/children", registration), 201);
        String childId = registered.json().get("childId").asText();
        String child = "/api/v1/children/" + childId;
        expect(director.post(child + "/guardianship", Map.of("guardianName", newGuardian, "relation", "OTHER_RELATIVE",
                "phone", newPhone, "effectiveOn", today.toString(), "reason", "grandfather fell ill")), 200);
        expect(director.post(child + "/visits", Map.of("occurredOn", today.toString(), "kind", "HOME",
                "childSeen", true, "findings", findings)), 201);
        String concernId = expect(director.post(child + "/concerns", Map.of("occurredOn", today.toString(),
                "source", "SCHOOL", "description", concern)), 201).json().get("concernId").asText();
        String interventionId = expect(director.post(child + "/interventions", Map.of("type", "PSYCHOLOGICAL_COUNSELLING",
                "goal", goal, "openedOn", today.toString(), "concernId", concernId)), 201)
                .json().get("interventionId").asText();
        expect(director.post(child + "/interventions/" + interventionId + "/progress",
                Map.of("occurredOn", today.toString(), "note", progress)), 200);
        expect(director.post(child + "/interventions/" + interventionId + "/closure",
                Map.of("closedOn", today.toString(), "outcome", "GOAL_MET", "note", closing)), 200);
        String registrationEvent = expect(director.get(child + "/history?minPosition=" + registered.position()), 200)
                .json().get("items").get(0).get("eventId").asText();
        long position = expect(director.post(child + "/corrections", Map.of("eventId", registrationEvent,
                "field", "name", "correctedValue", correctedName, "reason", reason)), 200).position();
        return new ChildWithPersonalData(childId, residentId,
                List.of(name, residentId, guardian, phone, newGuardian, newPhone, findings, concern, goal, progress,
                        closing, correctedName, reason), position);
    }

    static Api.Reply expect(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ", got " + reply);
        }
        return reply;
    }
}
