package org.shouhu.ops.time;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * "Today" is the district's today: a visit recorded at 07:30 in Suining is not in the future
 * just because it is still yesterday in UTC. Rules and reports take this clock.
 */
@Configuration(proxyBeanMethods = false)
public class DistrictClockConfiguration {

    @Bean
    Clock clock(@Value("${shouhu.zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }
}
