package org.shouhu.ops.axon.loading;

import org.axonframework.common.lock.PessimisticLockFactory;
import org.shouhu.ops.privacy.DataKeys;
import org.shouhu.ops.privacy.PrivacyProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * How a command on a child's case finds the case's state: from memory when this node wrote to
 * it lately ({@code childCaseCache}), else by replaying its stream; and under a lock held until
 * the request's transaction ends ({@code childCaseLocks}). Named on {@code ChildCase}'s
 * {@code @Aggregate}.
 */
@Configuration(proxyBeanMethods = false)
public class StreamLoadingConfiguration {

    @Bean
    StreamCache childCaseCache(CommandsProperties commands, PrivacyProperties privacy, Clock clock, DataKeys keys) {
        StreamCache cache = new StreamCache(commands.cachedStreams(), privacy.keyCacheTtl(), clock);
        // an erased child's case state was opened with the key just destroyed: it leaves memory too
        keys.whenDestroyed(child -> cache.remove(child.toString()));
        return cache;
    }

    @Bean
    LocksHeldUntilCommit childCaseLocks() {
        return new LocksHeldUntilCommit(PessimisticLockFactory.usingDefaults());
    }
}
