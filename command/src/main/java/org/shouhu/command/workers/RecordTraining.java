package org.shouhu.command.workers;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.WorkerId;
import org.shouhu.events.workers.TrainingCourse;

import java.math.BigDecimal;
import java.time.LocalDate;

public record RecordTraining(@TargetAggregateIdentifier WorkerId workerId, TrainingCourse course, LocalDate completedOn,
                             BigDecimal hours) {
}
