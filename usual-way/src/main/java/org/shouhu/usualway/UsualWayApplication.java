package org.shouhu.usualway;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.shouhu.command.child.ChildCase;
import org.shouhu.command.web.ExpectedVersionTargetResolver;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The write benchmark's "usual way" (docs/benchmarks.md): Shouhu's own {@link ChildCase}
 * aggregate on Axon's default storage settings, as a team new to Axon would start: its JPA
 * storage engine with the schema made by Hibernate, its Jackson serializer (its default, XStream,
 * cannot read records back: application.yml), no cache, no snapshots, nothing tuned; Spring
 * Security's Basic auth checking BCrypt on every request. No encryption, hash chain or
 * idempotency either: only what recording a visit needs.
 *
 * <p>The events' package is an auto-configuration package so that Axon's XStream security
 * settings allow their types.
 */
@SpringBootApplication
@AutoConfigurationPackage(basePackages = "org.shouhu.events")
@ComponentScan(basePackageClasses = UsualWayApplication.class)
@ComponentScan(basePackageClasses = ChildCase.class, useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ChildCase.class))
@Import(ExpectedVersionTargetResolver.class)
public class UsualWayApplication {

    public static void main(String[] args) {
        // the benchmark sends nothing beyond this machine: no usage report to AxonIQ
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(UsualWayApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }

    /** ChildCase names a cache; the usual way has none. */
    @Bean
    Cache childCaseCache() {
        return NoCache.INSTANCE;
    }

    /** ChildCase names a lock factory; the usual way has Axon's default. */
    @Bean
    LockFactory childCaseLocks() {
        return PessimisticLockFactory.usingDefaults();
    }
}
