package org.shouhu.events.workers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The title of a training course, e.g. the annual full-coverage training (全覆盖培训). */
public record TrainingCourse(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public TrainingCourse {
        value = StaffText.check(value, "course", 200);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }
}
