package org.shouhu.ops.logging;

import org.junit.jupiter.api.Test;
import org.shouhu.events.common.InvalidValueException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureDescriptionTest {

    @Test
    void names_the_failures_and_rules_but_never_their_messages() {
        Exception failure = new IllegalStateException("could not register 王小明",
                new SQLException("Key (resident_id)=(510904201503121234) already exists"));

        String description = FailureDescription.of(failure);

        assertThat(description).contains("java.lang.IllegalStateException", "java.sql.SQLException")
                .doesNotContain("王小明", "510904201503121234");
    }

    @Test
    void keeps_the_rule_of_a_refused_value() {
        String description = FailureDescription.of(new InvalidValueException("resident-id.check-digit", "510904201503121234"));
        assertThat(description).contains("[resident-id.check-digit]").doesNotContain("510904201503121234");
    }
}
