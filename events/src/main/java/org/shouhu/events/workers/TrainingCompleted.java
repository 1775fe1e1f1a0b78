package org.shouhu.events.workers;

import org.shouhu.events.common.WorkerId;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The worker completed a training course. */
public record TrainingCompleted(WorkerId workerId, TrainingCourse course, LocalDate completedOn, BigDecimal hours) {
}
