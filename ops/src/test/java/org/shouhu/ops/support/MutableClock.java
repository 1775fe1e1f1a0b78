package org.shouhu.ops.support;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A clock a test moves: "today" for the rules and reports and the recording time of events
 * (Axon's own clock) both follow it, so a test can record facts on one day and read the
 * account of another. Import {@link Configuration} into a test class that needs it: the test
 * gets an application of its own.
 */
public class MutableClock extends Clock {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    private volatile Instant now;

    public MutableClock(Instant now) {
        this.now = now;
    }

    /** Moves to the given day of the district, at noon. */
    public void setDay(LocalDate day) {
        now = day.atTime(12, 0).atZone(DISTRICT).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return DISTRICT;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MutableClock mutableClock() {
            MutableClock clock = new MutableClock(Instant.now());
            // events are stamped with Axon's clock: the same one, for as long as this application runs
            GenericEventMessage.clock = clock;
            return clock;
        }
    }

    /**
     * Stamps Axon's events with this clock again: a test class sharing the application with another
     * that gave Axon the system clock back (in its {@code @AfterAll}) calls it before each test.
     */
    public void stampAxonEvents() {
        GenericEventMessage.clock = this;
    }

    /** Gives Axon back the system clock once the test's application is done with the mutable one. */
    public static void restoreAxonClock() {
        GenericEventMessage.clock = Clock.systemUTC();
    }
}
